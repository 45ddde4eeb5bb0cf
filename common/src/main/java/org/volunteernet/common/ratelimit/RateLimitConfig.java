package org.volunteernet.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.Map;

/**
 * Per-caller limits by operation: {@code volunteernet.rate-limits.<operation>.requests} calls per
 * {@code volunteernet.rate-limits.<operation>.per}. An operation without an entry is limited by
 * {@code volunteernet.rate-limits.default.*}.
 */
@ConfigMapping(prefix = "volunteernet.rate-limits")
public interface RateLimitConfig {

    @WithParentName
    Map<String, Limit> operations();

    /** At most this many callers are tracked at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int trackedCallers();

    interface Limit {
        /** Calls allowed per window; at least 1. */
        int requests();

        /** The window, e.g. {@code 1M} (one minute) or {@code PT1H}. */
        Duration per();
    }
}
