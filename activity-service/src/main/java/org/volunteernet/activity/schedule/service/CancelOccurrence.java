package org.volunteernet.activity.schedule.service;

/** Cancels an occurrence, or it and every later one of its series, for a reason told to those signed up. */
public record CancelOccurrence(Scope scope, String reason) {

    public enum Scope {
        /** This occurrence only. */
        THIS,
        /** This occurrence and every later one of its series. */
        FOLLOWING
    }
}
