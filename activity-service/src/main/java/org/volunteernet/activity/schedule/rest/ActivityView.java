package org.volunteernet.activity.schedule.rest;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.domain.Activity;

@Schema(name = "Activity")
public record ActivityView(UUID id, String title, String content, String district, String place, OffsetDateTime start,
        OffsetDateTime end, int capacity, String serviceCategory, String organizingUnit, String personInCharge,
        UUID brandId, UUID groupId, String recurrence, OffsetDateTime materializedUntil,
        @Schema(description = "Volunteers no longer sign themselves up; organizers and the office still sign them up")
        boolean signupClosed,
        @Schema(description = "The fewest confirmed volunteers an occurrence needs; absent when none is set")
        Integer minimumVolunteers) {

    public static ActivityView of(Activity a, ZoneId zone) {
        return new ActivityView(a.id, a.title, a.content, a.district, a.place, a.start.atZone(zone).toOffsetDateTime(),
                a.end.atZone(zone).toOffsetDateTime(), a.capacity, a.serviceCategory, a.organizingUnit, a.personInCharge,
                a.brandId, a.groupId, a.recurrence, a.materializedUntil.atZone(zone).toOffsetDateTime(), a.signupClosed,
                a.minimumVolunteers);
    }
}
