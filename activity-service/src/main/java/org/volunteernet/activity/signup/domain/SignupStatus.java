package org.volunteernet.activity.signup.domain;

public enum SignupStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN,
    /** Attended without a confirmed seat: named at completion by the organizer or the district office. */
    WALK_IN
}
