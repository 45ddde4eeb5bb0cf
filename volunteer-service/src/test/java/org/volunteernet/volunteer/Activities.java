package org.volunteernet.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.volunteernet.common.privacy.SealedReference;
import org.volunteernet.events.ActivityCompleted;

/** ActivityCompleted events as activity-service publishes them, for the service-record consumer. */
public final class Activities {

    public static final String TOPIC = "test.activity.events";
    public static final String SOURCE = "/activity-service";

    /** Seals as activity-service does, with the key the two services share (the test profile's). */
    public static String sealed(String personInCharge, UUID activityId) {
        return new SealedReference(ConfigProvider.getConfig().getValue("volunteernet.events.seal-key", String.class))
                .seal(personInCharge, activityId);
    }

    private Activities() {
    }

    public static ActivityCompleted completed(String district, String volunteerId, String hours, String recordedBy) {
        return completed(district, volunteerId, hours, recordedBy, LocalDate.now().minusDays(2));
    }

    /** On {@code date}: a volunteer's records of one day certify at most 24 hours in all. */
    public static ActivityCompleted completed(String district, String volunteerId, String hours, String recordedBy,
            LocalDate date) {
        UUID activityId = UUID.randomUUID();
        return new ActivityCompleted(UUID.randomUUID(), activityId, district, "Riverside clean-up",
                date, "Songhua riverbank", "Collected litter along 2 km of the bank",
                "ENVIRONMENT", "Xiangfang Youth League", sealed("Wang Fang", activityId), null, null,
                List.of(new ActivityCompleted.Participant(UUID.fromString(volunteerId), new BigDecimal(hours))),
                recordedBy, Instant.now());
    }
}
