package org.volunteernet.volunteer.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Registration rules a city may set ({@code volunteernet.registration.*}). */
@ConfigMapping(prefix = "volunteernet.registration")
public interface RegistrationConfig {

    /**
     * Youngest age, in whole years, at which a volunteer registers (with a guardian's consent below 18);
     * see {@link org.volunteernet.volunteer.registration.domain.AgeRules}. Default 8 (Civil Code Art. 19-20).
     */
    @WithDefault("8")
    int minimumAge();
}
