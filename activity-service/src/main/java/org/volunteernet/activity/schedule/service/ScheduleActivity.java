package org.volunteernet.activity.schedule.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An activity to schedule: what Decree 67 asks a service record to state, plus seats and recurrence.
 *
 * @param district a GB/T 2260 district code
 * @param capacity seats at each occurrence
 * @param brandId the brand it runs under, or null
 * @param groupId the brand's group that runs it, or null
 * @param recurrence an RFC 5545 RRULE, at most daily; null or blank: a single occurrence
 * @param minimumVolunteers the fewest confirmed volunteers it needs (at most capacity), or null
 */
public record ScheduleActivity(String title, String content, String district, String place, OffsetDateTime start,
        OffsetDateTime end, int capacity, String serviceCategory, String organizingUnit, String personInCharge, UUID brandId,
        UUID groupId, String recurrence, Integer minimumVolunteers) {
}
