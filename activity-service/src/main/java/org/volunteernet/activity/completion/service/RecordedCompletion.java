package org.volunteernet.activity.completion.service;

import org.volunteernet.events.ActivityCompleted;

/**
 * A completion as recorded: the event that was published (v2, the person in charge only as a sealed
 * reference) and the person in charge's name, which the organizer's own answer still shows (Decree 67's
 * record names them) while the event stream does not.
 */
public record RecordedCompletion(ActivityCompleted event, String personInCharge) {
}
