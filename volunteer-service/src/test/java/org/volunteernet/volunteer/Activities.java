package org.volunteernet.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.volunteernet.events.ActivityCompleted;

/** ActivityCompleted events as activity-service publishes them, for the service-record consumer. */
public final class Activities {

    public static final String TOPIC = "test.activity.events";
    public static final String SOURCE = "/activity-service";

    private Activities() {
    }

    public static ActivityCompleted completed(String district, String volunteerId, String hours, String recordedBy) {
        return completed(district, volunteerId, hours, recordedBy, LocalDate.now().minusDays(2));
    }

    /** On {@code date}: a volunteer's records of one day certify at most 24 hours in all. */
    public static ActivityCompleted completed(String district, String volunteerId, String hours, String recordedBy,
            LocalDate date) {
        return new ActivityCompleted(UUID.randomUUID(), UUID.randomUUID(), district, "Riverside clean-up",
                date, "Songhua riverbank", "Collected litter along 2 km of the bank",
                "ENVIRONMENT", "Xiangfang Youth League", "Wang Fang", null, null,
                List.of(new ActivityCompleted.Participant(UUID.fromString(volunteerId), new BigDecimal(hours))),
                recordedBy, Instant.now());
    }
}
