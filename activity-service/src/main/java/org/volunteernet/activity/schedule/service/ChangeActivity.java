package org.volunteernet.activity.schedule.service;

/**
 * Changes to an activity; a null field keeps its value. Title, content, place and person in charge apply to the
 * activity and to later service records; capacity and closed sign-up to its occurrences not yet started.
 *
 * @param signupClosed true closes self sign-up, false opens it again
 */
public record ChangeActivity(String title, String content, String place, Integer capacity, String personInCharge,
        Boolean signupClosed, Integer minimumVolunteers) {
}
