package org.volunteernet.activity.completion.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Who attended an occurrence, in the order sent (the index names a refused line: {@code participants[i]}). */
public record CompleteOccurrence(List<Participant> participants) {

    public CompleteOccurrence {
        participants = List.copyOf(participants);
    }

    /**
     * @param hours actual service hours, travel excluded
     * @param reason why the hours exceed the time on site, when they do; else null
     */
    public record Participant(UUID volunteerId, BigDecimal hours, String reason) {
    }
}
