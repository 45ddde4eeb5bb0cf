package org.volunteernet.volunteer.diary.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.deed.domain.Deed;
import org.volunteernet.volunteer.deed.rest.DeedView;
import org.volunteernet.volunteer.diary.domain.DiaryEntry;
import org.volunteernet.volunteer.diary.domain.Shortcoming;

/** A diary entry as its owner sees it, shortcomings included. Nobody else ever sees it. */
@Schema(name = "DiaryEntry")
public record DiaryEntryView(UUID id, LocalDate date, List<DeedView> deeds, List<Shortcoming> shortcomings,
        String reflection, Instant writtenAt, Instant updatedAt,
        @Schema(description = "Whether it can still be edited (on its day and the next)") boolean editable) {

    public static DiaryEntryView of(DiaryEntry entry, List<Deed> deeds, LocalDate today) {
        return new DiaryEntryView(entry.id, entry.date, deeds.stream().map(DeedView::of).toList(), entry.shortcomings,
                entry.reflection, entry.writtenAt, entry.updatedAt, DiaryEntry.writable(entry.date, today));
    }
}
