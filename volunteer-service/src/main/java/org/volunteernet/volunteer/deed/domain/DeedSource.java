package org.volunteernet.volunteer.deed.domain;

/**
 * Who vouches for a deed. The deed table, the API's DeedView and the DeedRecorded/DeedWithdrawn events
 * carry it as the boolean {@code verified} (true = {@link #WITNESSED}); reports count the two apart as
 * {@code deedsSelfReported} and {@code deedsWitnessed}. Those names are contracts and stay.
 */
public enum DeedSource {
    /** Written by the volunteer in their diary. */
    SELF_REPORTED,
    /** Seen done by an organizer or the district office, who recorded it. */
    WITNESSED;

    /** The contracts' {@code verified} flag. */
    public boolean verified() {
        return this == WITNESSED;
    }
}
