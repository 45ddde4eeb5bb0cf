package org.volunteernet.volunteer.diary.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's diary entry to write or add to: good deeds, shortcomings with their corrections, a reflection.
 *
 * @param deeds the day's deeds in the order sent (their index names a refused line: {@code deeds[i].minutes})
 * @param shortcomings matched to stored ones by description
 * @param reflection null keeps the stored one; blank clears it
 */
public record WriteDiaryEntry(LocalDate date, List<DeedLine> deeds, List<ShortcomingLine> shortcomings, String reflection) {

    public WriteDiaryEntry {
        deeds = deeds == null ? List.of() : List.copyOf(deeds);
        shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
    }

    /** A self-reported deed; {@code minutes} of the deed; {@code atPost} done at one's ordinary post. */
    public record DeedLine(String category, String description, int minutes, boolean atPost) {
    }

    /** A shortcoming and, if written, its correction (null or blank: none yet). */
    public record ShortcomingLine(String description, String correction) {
    }
}
