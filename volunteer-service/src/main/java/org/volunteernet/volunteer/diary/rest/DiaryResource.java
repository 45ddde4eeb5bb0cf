package org.volunteernet.volunteer.diary.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.diary.service.DiaryService;

@Path("/api/v1/volunteers/{volunteerId}/diary")
@Tag(name = "Diary")
@Produces(MediaType.APPLICATION_JSON)
public class DiaryResource {

    @Inject
    DiaryService diary;

    @Inject
    CurrentUser caller;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "writeDiaryEntry", summary = "Write the day's diary entry", description = "The volunteer alone writes their diary, on the day "
            + "or the next. Writing the same date again MERGES into the entry and never loses what the client did not "
            + "send: new deeds are added (a re-sent deed is not recorded twice; a deed leaves only by DELETE .../deeds/{deedId}); "
            + "shortcomings are matched by description: a new one is added, a known one takes the correction sent with it, "
            + "and one not sent stays; an absent reflection is kept, a sent one replaces it (blank clears it). A day's deeds, "
            + "self-reported and witnessed, total at most 1440 minutes (422 naming deeds[i].minutes). At most 20 shortcomings. "
            + "Each new deed publishes DeedRecorded; the entry publishes DiaryEntryWritten with counts only.")
    @APIResponse(responseCode = "201", description = "Entry created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DiaryEntryView.class)))
    @APIResponse(responseCode = "200", description = "Entry updated", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DiaryEntryView.class)))
    @APIResponse(responseCode = "409", description = "The entry's day is closed for writing")
    public Response write(@PathParam("volunteerId") UUID volunteerId, @NotNull @Valid DiaryRequest request,
            @Context UriInfo uri) {
        DiaryService.Written written = diary.write(volunteerId, request.toCommand(), caller);
        return written.created() ? Created.below(uri, written.entry(), written.entry().date())
                : Response.ok(written.entry()).build();
    }

    @DELETE
    @Path("/{date}/deeds/{deedId}")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "withdrawDiaryDeed", summary = "Withdraw a deed of the day's entry", description = "The volunteer alone, on the entry's editable "
            + "days (its day and the next). The deed stays stored, marked withdrawn, and leaves every list and count; "
            + "publishes DeedWithdrawn. A witnessed deed is not withdrawn here.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No standing self-reported deed with this id in that day's entry")
    @APIResponse(responseCode = "409", description = "The entry's day is closed")
    public void withdraw(@PathParam("volunteerId") UUID volunteerId, @PathParam("date") LocalDate date,
            @PathParam("deedId") UUID deedId) {
        diary.withdrawDeed(volunteerId, date, deedId, caller);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "getDiaryEntry", summary = "Read one day's diary entry", description = "What writing a new "
            + "entry names in Location. The volunteer alone, as for the diary; the entry as the list shows it. "
            + "The day is YYYY-MM-DD.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DiaryEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer, or no entry on that day",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = org.volunteernet.common.problem.Problem.class)))
    public DiaryEntryView getDiaryEntry(@PathParam("volunteerId") UUID volunteerId, @PathParam("date") LocalDate date) {
        return diary.entry(volunteerId, date, caller);
    }

    @GET
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "listDiaryEntries", summary = "Read one's diary", description = "The volunteer alone; newest first. The range defaults to "
            + "the last 30 days and spans at most 366.")
    public Page<DiaryEntryView> read(@PathParam("volunteerId") UUID volunteerId,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return diary.read(volunteerId, from, to, limit, cursor, caller);
    }
}
