package org.volunteernet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of ActivityCompleted ({@code org.volunteernet.ActivityCompleted.v1}), superseded by
 * {@link ActivityCompleted} (v2): it carried {@code personInCharge}, a person's full name, to every reader
 * of {@code activity.events}. Kept so that the v1 events already on the topic (and those a producer still
 * publishes while {@code volunteernet.events.legacy-versions=true}, during a rolling upgrade) stay readable;
 * consumers accept both and read a v1 event through {@link #current()}. Nothing new publishes it by default.
 */
@Deprecated
public record ActivityCompletedV1(
        UUID occurrenceId,
        UUID activityId,
        String district,
        String activityName,
        LocalDate date,
        String place,
        String content,
        String serviceCategory,
        String organizingUnit,
        String personInCharge,
        UUID brandId,
        UUID groupId,
        List<ActivityCompleted.Participant> participants,
        String recordedBy,
        Instant completedAt,
        boolean late,
        LocalDate recordDeadline) implements DomainEvent {

    @Override
    public String aggregateId() {
        return occurrenceId.toString();
    }

    /** The same completion as a v2 event, without the name ({@code personInChargeRef} null). */
    public ActivityCompleted current() {
        return new ActivityCompleted(occurrenceId, activityId, district, activityName, date, place, content,
                serviceCategory, organizingUnit, null, brandId, groupId, participants, recordedBy, completedAt, late,
                recordDeadline);
    }
}
