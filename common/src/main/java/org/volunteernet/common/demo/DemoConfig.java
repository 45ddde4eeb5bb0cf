package org.volunteernet.common.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The local demo facility; off everywhere but the local stack (deploy/local sets VOLUNTEERNET_DEMO_ENABLED). */
@ConfigMapping(prefix = "volunteernet.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean enabled();
}
