package org.volunteernet.volunteer.directory.rest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.volunteer.directory.service.DirectoryService;

/** The directory's answer to a {@link DirectoryQuery}. */
@Schema(name = "VolunteerDirectoryAnswer")
public record DirectoryAnswer(
        @Schema(description = "Every volunteer any key found, once each; keys that found nobody are simply absent")
        List<Entry> volunteers,
        @Schema(description = "For each asked ID number that belongs to a volunteer: its 0-based position in idNumbers "
                + "and the volunteer's id, in position order") List<IdNumberMatch> idNumberMatches) {

    @Schema(name = "VolunteerDirectoryEntry")
    public record Entry(UUID volunteerId,
            @Schema(description = "GB/T 2260 district code") String district,
            @Schema(description = "Real name, as registered or as the district office last corrected it") String name,
            @Schema(description = "Unified volunteer number") String volunteerNumber) {
    }

    @Schema(name = "VolunteerIdNumberMatch")
    public record IdNumberMatch(@Schema(description = "0-based position in the query's idNumbers") int position,
            UUID volunteerId) {
    }

    static DirectoryAnswer of(DirectoryService.Answer answer) {
        return new DirectoryAnswer(
                answer.volunteers().stream().map(e -> new Entry(e.volunteerId(), e.district(), e.name(), e.volunteerNumber())).toList(),
                answer.idNumberMatches().entrySet().stream().sorted(Comparator.comparing(java.util.Map.Entry::getKey))
                        .map(m -> new IdNumberMatch(m.getKey(), m.getValue())).toList());
    }
}
