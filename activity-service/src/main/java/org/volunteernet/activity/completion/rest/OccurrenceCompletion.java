package org.volunteernet.activity.completion.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.completion.service.RecordedCompletion;
import org.volunteernet.events.ActivityCompleted;

/**
 * The answer to a completion: what was recorded, with the person in charge by name (the organizer's own
 * view; the published ActivityCompleted v2 carries only a sealed reference). Field names are those the answer
 * always had, so existing clients read it unchanged.
 */
@Schema(name = "OccurrenceCompletion", description = "An occurrence's completion as recorded (Decree 67 Art. 11 service record "
        + "fields); hours in decimal hours, dates in the network's time zone (Asia/Shanghai), completedAt UTC")
public record OccurrenceCompletion(
        UUID occurrenceId,
        UUID activityId,
        @Schema(description = "GB/T 2260 district code") String district,
        String activityName,
        LocalDate date,
        String place,
        String content,
        String serviceCategory,
        String organizingUnit,
        @Schema(description = "The person in charge by name (not in the event)") String personInCharge,
        UUID brandId,
        UUID groupId,
        List<ActivityCompleted.Participant> participants,
        @Schema(description = "Subject of the organizer or office that recorded it") String recordedBy,
        Instant completedAt,
        @Schema(description = "Recorded after the Decree 67 Art. 11 deadline (10 working days after the end)") boolean late,
        LocalDate recordDeadline) {

    static OccurrenceCompletion of(RecordedCompletion recorded) {
        ActivityCompleted e = recorded.event();
        return new OccurrenceCompletion(e.occurrenceId(), e.activityId(), e.district(), e.activityName(), e.date(), e.place(),
                e.content(), e.serviceCategory(), e.organizingUnit(), recorded.personInCharge(), e.brandId(), e.groupId(),
                e.participants(), e.recordedBy(), e.completedAt(), e.late(), e.recordDeadline());
    }
}
