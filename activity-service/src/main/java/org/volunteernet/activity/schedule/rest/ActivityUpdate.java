package org.volunteernet.activity.schedule.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.schedule.service.ChangeActivity;
import org.volunteernet.common.validation.PlainText;

/**
 * Changes to an activity; fields left out (or null) keep their value. Title, content, place and
 * person in charge apply to the activity and to what later service records state; capacity and
 * closed sign-up apply to its occurrences that have not started.
 */
@Schema(name = "ActivityUpdate")
public record ActivityUpdate(
        @Size(min = 1, max = 200) @PlainText String title,
        @Size(min = 1, max = 4000) String content,
        @Size(min = 1, max = 300) @PlainText String place,
        @Min(1) @Max(10_000) @Schema(description = "Seats at each occurrence not yet started; never below the seats "
                + "already confirmed at one of them (409 naming capacity)") Integer capacity,
        @Size(min = 1, max = 100) @PlainText String personInCharge,
        @Schema(description = "true closes sign-up: volunteers no longer sign themselves up (organizers and the office "
                + "still sign volunteers up on their behalf); false opens it again") Boolean signupClosed,
        @Min(1) @Max(10_000) @Schema(description = "The fewest confirmed volunteers an occurrence needs (organizers are "
                + "warned 48 hours before an occurrence short of them); at most the capacity (400 naming minimumVolunteers)")
        Integer minimumVolunteers) {

    public ChangeActivity toCommand() {
        return new ChangeActivity(title, content, place, capacity, personInCharge, signupClosed, minimumVolunteers);
    }
}
