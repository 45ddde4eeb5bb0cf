package org.volunteernet.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The network's calendar: days, months and years are counted in one zone (Harbin by default). */
@ApplicationScoped
public class NetworkCalendar {

    @ConfigMapping(prefix = "volunteernet.calendar")
    public interface Config {
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    private final ZoneId zone;

    public NetworkCalendar(Config config) {
        this.zone = config.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
