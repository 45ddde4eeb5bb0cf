package org.volunteernet.volunteer.diary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.diary.service.DiaryService;

@Path("/api/v1/volunteers/{volunteerId}/streak")
@Tag(name = "Diary")
@Produces(MediaType.APPLICATION_JSON)
public class StreakResource {

    @Inject
    DiaryService diary;

    @Inject
    CurrentUser caller;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getStreak", summary = "Streaks and months active", description = "For the volunteer and the office of their district. "
            + "Counts only: no entry's content is shown.")
    public StreakView streak(@PathParam("volunteerId") UUID volunteerId) {
        return diary.streak(volunteerId, caller);
    }
}
