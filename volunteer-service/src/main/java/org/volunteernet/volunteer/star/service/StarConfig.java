package org.volunteernet.volunteer.star.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** Star levels by verified cumulative hours; a city may set its own thresholds (e.g. 100,200,500,800,1000). */
@ConfigMapping(prefix = "volunteernet.stars")
public interface StarConfig {

    /** Hours for 1, 2, 3, ... stars, ascending. */
    @WithDefault("100,300,600,1000,1500")
    List<BigDecimal> thresholds();
}
