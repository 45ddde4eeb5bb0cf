package org.volunteernet.floor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * POST /floor/deeds: the same JSON body and the same roles as volunteer-service's POST /api/v1/deeds,
 * bound and validated the same way, one row inserted with Panache in one transaction, 201 with the row.
 * What it leaves out is what the benchmark's ratio measures: the volunteer lookup and district check,
 * the outbox row, the relay, Kafka and the consumers.
 */
@Path("/floor/deeds")
public class FloorResource {

    /** The witnessed-deed body of POST /api/v1/deeds. */
    public record DeedBody(@NotNull UUID volunteerId, @NotNull LocalDate date,
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String category, @NotBlank @Size(max = 500) String description,
            @NotNull @Min(1) @Max(1440) Integer minutes, Boolean atPost) {
    }

    /** The answer: the row written. */
    public record DeedAnswer(UUID id, UUID volunteerId, LocalDate date, String category, String description, int minutes,
            boolean atPost, Instant recordedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "district-admin"})
    @Transactional
    public Response record(@NotNull @Valid DeedBody body) {
        FloorDeed deed = new FloorDeed();
        deed.id = UUID.randomUUID();
        deed.volunteerId = body.volunteerId();
        deed.date = body.date();
        deed.category = body.category();
        deed.description = body.description().strip();
        deed.minutes = body.minutes();
        deed.atPost = Boolean.TRUE.equals(body.atPost());
        deed.recordedAt = Instant.now();
        deed.persist();
        return Response.status(Response.Status.CREATED).entity(new DeedAnswer(deed.id, deed.volunteerId, deed.date,
                deed.category, deed.description, deed.minutes, deed.atPost, deed.recordedAt)).build();
    }
}
