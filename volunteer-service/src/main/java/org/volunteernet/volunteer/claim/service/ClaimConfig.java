package org.volunteernet.volunteer.claim.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Claim codes ({@code volunteernet.claim-codes.*}). */
@ConfigMapping(prefix = "volunteernet.claim-codes")
public interface ClaimConfig {

    /** How long a claim code may be used after the office created it; default 14 days. */
    @WithDefault("P14D")
    Duration lifetime();
}
