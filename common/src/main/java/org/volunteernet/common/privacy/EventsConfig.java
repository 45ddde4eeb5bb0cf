package org.volunteernet.common.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How a service writes events that concern people (ARCHITECTURE: no names or re-identifying codes in events). */
@ConfigMapping(prefix = "volunteernet.events")
public interface EventsConfig {

    /**
     * Base64 of 32 bytes: the AES-256-GCM key of {@link SealedReference}, held only by the producer and
     * the consumers entitled to open a sealed reference (activity-service and volunteer-service for
     * ActivityCompleted's person in charge). Absent in services that neither seal nor open.
     */
    Optional<String> sealKey();

    /**
     * During a rolling upgrade only: publish the superseded v1 of ActivityCompleted and CertificateIssued
     * instead of v2 while consumers that do not read v2 still run. Consumers read both versions.
     */
    @WithDefault("false")
    boolean legacyVersions();
}
