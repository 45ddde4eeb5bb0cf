package org.volunteernet.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

@ConfigMapping(prefix = "volunteernet.activities")
public interface ActivitiesConfig {

    /** How far ahead occurrences of recurring activities exist. */
    @WithDefault("P90D")
    Duration horizon();

    /** HMAC key for check-in codes, base64 of 32 bytes. */
    String checkInKey();

    @WithDefault("PT15M")
    Duration checkInLifetime();

    /** Decree 67 Art. 11: a service record is entered within this many working days. */
    @WithDefault("10")
    int recordWithinWorkingDays();

    /** Public holidays: not working days. */
    List<LocalDate> holidays();

    /** How long before a confirmed occurrence a volunteer's calendar feed reminds them (VALARM). */
    @WithDefault("PT1H")
    Duration calendarReminder();
}
