package org.volunteernet.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "volunteernet.reporting")
public interface ReportingConfig {

    /** Months and years of the reports are counted in this zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
