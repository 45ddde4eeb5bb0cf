package org.volunteernet.activity.schedule.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.schedule.service.OccurrenceChangeService;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkCalendar;

@Path("/api/v1/occurrences/{occurrenceId}")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
public class OccurrenceChangeResource {

    @Inject
    OccurrenceChangeService changes;

    @Inject
    NetworkCalendar calendar;

    @Inject
    CurrentUser caller;

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "rescheduleOccurrence", summary = "Move one occurrence", description = "New start, end or place of one occurrence that has not "
            + "started. Publishes OccurrenceRescheduled for each volunteer holding a seat or waiting. 409 seat-clash "
            + "(naming start) when a volunteer holding a confirmed seat would then hold two overlapping seats.")
    public OccurrenceView reschedule(@PathParam("occurrenceId") UUID occurrenceId,
            @NotNull @Valid OccurrenceChanges.Reschedule request) {
        return OccurrenceView.of(changes.reschedule(occurrenceId, request.toCommand(), caller), calendar.zone());
    }

    @POST
    @Path("/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "cancelOccurrence", summary = "Cancel one occurrence or the rest of its series", description = "Scope THIS or FOLLOWING; "
            + "FOLLOWING also ends the series. A scheduled occurrence may be cancelled after its start, with the reason "
            + "(e.g. rained out): it leaves the overdue list and RecordDeadlineMissed is never published for it. Brand "
            + "regularity (held / due) counts it as due and not held. 409 when already completed, cancelled or closed. "
            + "Publishes OccurrenceCancelled for each volunteer holding a seat or waiting.")
    public List<OccurrenceView> cancel(@PathParam("occurrenceId") UUID occurrenceId,
            @NotNull @Valid OccurrenceChanges.Cancellation request) {
        return changes.cancel(occurrenceId, request.toCommand(), caller).stream().map(o -> OccurrenceView.of(o, calendar.zone())).toList();
    }
}
