package org.volunteernet.activity.directory.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where volunteer-service's directory is, and how long a roster waits for it. */
@ConfigMapping(prefix = "volunteernet.volunteer-directory")
public interface DirectoryConfig {

    /** volunteer-service's base URL, e.g. {@code http://127.0.0.1:8081} (locally) or {@code http://volunteer-service} (Kubernetes). */
    URI url();

    /** The longest wait for a token and for the directory's answer, each; then the directory counts as unavailable. */
    @WithDefault("PT2S")
    Duration timeout();
}
