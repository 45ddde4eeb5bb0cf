package org.volunteernet.volunteer.diary.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.diary.service.WriteDiaryEntry;

/** A day's diary entry: good deeds, shortcomings with their corrections, and a reflection. */
@Schema(name = "DiaryEntryRequest")
public record DiaryRequest(
        @NotNull @Schema(example = "2026-11-24") LocalDate date,
        @Size(max = 20) List<@NotNull @Valid DeedLine> deeds,
        @Size(max = 20) List<@NotNull @Valid ShortcomingLine> shortcomings,
        @Size(max = 4000) String reflection) {

    /** The service's command; an absent {@code atPost} is false. */
    public WriteDiaryEntry toCommand() {
        return new WriteDiaryEntry(date,
                deeds == null ? null : deeds.stream().map(d -> new WriteDiaryEntry.DeedLine(d.category(), d.description(),
                        d.minutes(), Boolean.TRUE.equals(d.atPost()))).toList(),
                shortcomings == null ? null : shortcomings.stream()
                        .map(s -> new WriteDiaryEntry.ShortcomingLine(s.description(), s.correction())).toList(),
                reflection);
    }

    @Schema(name = "DiaryDeed")
    public record DeedLine(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE_CASE category")
            @Schema(example = "NEIGHBOURHOOD") String category,
            @NotBlank @Size(max = 500) @Schema(example = "Carried groceries for a neighbour") String description,
            @NotNull @Min(1) @Max(1440) @Schema(example = "30") Integer minutes,
            @Schema(description = "Done at one's ordinary post (work): recognised, but not volunteer hours") Boolean atPost) {
    }

    @Schema(name = "DiaryShortcoming")
    public record ShortcomingLine(
            @NotBlank @Size(max = 500) @Schema(example = "Lost my temper in a queue") String description,
            @Size(max = 500) @Schema(example = "Apologised the same day") String correction) {
    }
}
