package org.volunteernet.activity.attendance.service;

import java.util.UUID;

/**
 * A check-in or check-out: a volunteer names the occurrence's code, an organizer the volunteer.
 *
 * @param code the check-in code the organizer shows (volunteers); null when absent
 * @param volunteerId who arrived or left (organizers); null for a volunteer marking themselves
 */
public record MarkAttendance(String code, UUID volunteerId) {

    /** A request without a body: a volunteer without a code, refused as an invalid code. */
    public static final MarkAttendance NOTHING = new MarkAttendance(null, null);
}
