package org.volunteernet.activity.completion.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.completion.service.CompleteOccurrence;
import org.volunteernet.common.validation.PlainText;
import org.volunteernet.common.validation.ServiceHours;

/** Who attended and their actual hours, travel excluded. */
@Schema(name = "CompletionRequest")
public record CompletionRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Participant> participants) {

    public CompleteOccurrence toCommand() {
        return new CompleteOccurrence(participants.stream()
                .map(p -> new CompleteOccurrence.Participant(p.volunteerId(), p.hours(), p.reason())).toList());
    }

    @Schema(name = "CompletionParticipant")
    public record Participant(
            @NotNull UUID volunteerId,
            @NotNull @ServiceHours
            @Schema(example = "2.5", minimum = "0", exclusiveMinimum = true, maximum = "24",
                    description = "Decimal hours, travel excluded: more than 0, at most 24, at most 2 decimals (else 400 naming hours)")
            BigDecimal hours,
            @Size(max = 500) @PlainText
            @Schema(description = "Why hours exceed the time on site, when they do") String reason) {
    }
}
