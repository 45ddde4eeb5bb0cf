package org.volunteernet.volunteer.history.domain;

/** What an entry of a volunteer's history records: an act of the office on the volunteer's data or in their name. */
public enum HistoryKind {
    /** The office of the volunteer's district corrected the real name, with a reason. */
    NAME_CORRECTED,
    /** The office of the volunteer's district (or the city) entered a service-record correction on their behalf. */
    RECORD_CORRECTION_REPORTED
}
