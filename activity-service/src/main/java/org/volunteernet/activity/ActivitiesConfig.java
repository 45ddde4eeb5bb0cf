package org.volunteernet.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    /**
     * Back-entry: how long after its end an occurrence may still be completed (a paper sign-in sheet
     * entered late). Completion after the Art. 11 deadline is accepted and flagged late.
     */
    @WithDefault("P366D")
    Duration backEntryLimit();

    /**
     * Classpath resources, one per year, with the public holidays and make-up working days of the State Council's
     * yearly notice (format: {@code WorkingCalendar#with}). Years not listed are estimated.
     */
    @WithDefault("working-calendar/cn-2026.csv")
    List<String> workingCalendars();

    /** How long before a confirmed occurrence a volunteer's calendar feed reminds them (VALARM). */
    @WithDefault("PT1H")
    Duration calendarReminder();
}
