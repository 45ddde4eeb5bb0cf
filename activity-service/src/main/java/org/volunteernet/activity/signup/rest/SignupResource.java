package org.volunteernet.activity.signup.rest;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import jakarta.ws.rs.core.UriInfo;
import org.volunteernet.common.rest.Created;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.volunteernet.activity.signup.service.RosterNames;
import org.volunteernet.activity.signup.service.RosterService;
import org.volunteernet.activity.signup.service.SignInSheet;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.activity.signup.service.SignupService;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.idempotency.Idempotent;
import org.volunteernet.common.rest.Attachments;
import org.volunteernet.common.ratelimit.RateLimits;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

@Path("/api/v1/occurrences/{occurrenceId}/signups")
@Tag(name = "Sign-up")
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject
    SignupService signups;

    @Inject
    CurrentUser caller;

    @Inject
    ObjectMapper json;

    @Inject
    RosterService roster;

    @Inject
    NetworkCalendar calendar;

    @Inject
    SignInSheet sheet;

    @Inject
    RosterNames names;

    @Inject
    Validator validator;

    @Inject
    RateLimits limits;

    @Idempotent
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key")
    @POST
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN})
    @Operation(operationId = "signUpForOccurrence", summary = "Sign up, or sign a volunteer up on their behalf", description = "Without a body: the calling "
            + "volunteer signs up. With {\"volunteerId\": ...}: an organizer of the activity's district or its district "
            + "office (district-admin) signs up a registered volunteer of that district, e.g. one without the app. "
            + "Either way confirmed while seats remain, else waitlisted in order of arrival, and a volunteer cannot hold "
            + "two overlapping confirmed seats; sign-up closed by the organizer stops only volunteers signing themselves "
            + "up. Publishes SignupConfirmed or SignupWaitlisted. Errors: 403 not a registered "
            + "volunteer, 404 unknown occurrence (to an office or organizer also another district's: the same answer), 409 not open / already signed up / overlapping seat, 422 naming "
            + "volunteerId when not a volunteer of the district.")
    @APIResponse(responseCode = "201", description = "Confirmed or waitlisted",
            content = @Content(schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "403", description = "Not allowed for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Sign-up not open, already signed up, or overlapping seat",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "volunteerId is not a registered volunteer of the district",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OnBehalfRequest.class)))
    public Response signUp(@PathParam("occurrenceId") UUID occurrenceId, String body, @Context UriInfo uri) throws IOException {
        // the body is optional, and volunteers send none (nor a Content-Type): read it only when present
        OnBehalfRequest onBehalf = body == null || body.isBlank() ? null : json.readValue(body, OnBehalfRequest.class);
        if (onBehalf != null) {
            Set<ConstraintViolation<OnBehalfRequest>> violations = validator.validate(onBehalf);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        SignupView signup = onBehalf == null ? signups.signUp(occurrenceId, caller)
                : signups.signUpOnBehalf(occurrenceId, onBehalf.volunteerId(), caller);
        return Created.below(uri, signup, signup.id());
    }

    @GET
    @Path("/{signupId}")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getOccurrenceSignup", summary = "Read one sign-up", description = "What signing up names in "
            + "Location: the sign-up with its status and, while waitlisted, its place (1 first). For its volunteer and for "
            + "the roster's readers (organizers and the office of the activity's district, city-admins). An unknown id, a "
            + "sign-up of another occurrence and one the caller may not read (another district's, another volunteer's) "
            + "answer the same 404.")
    @APIResponse(responseCode = "200", description = "The sign-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "404", description = "No such sign-up, or not the caller's to read (the same answer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignupView getOccurrenceSignup(@PathParam("occurrenceId") UUID occurrenceId,
            @PathParam("signupId") UUID signupId) {
        return signups.visible(occurrenceId, signupId, caller);
    }

    static final String PDF = "application/pdf";

    @GET
    @Produces({MediaType.APPLICATION_JSON, RosterCsv.MEDIA_TYPE, RosterXlsx.MEDIA_TYPE, PDF})
    @RolesAllowed({Roles.ORGANIZER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN})
    @Operation(operationId = "getOccurrenceRoster", summary = "The roster of an occurrence", description = "Every sign-up in arrival order: real name, "
            + "volunteer number, status (CONFIRMED, WAITLISTED, WITHDRAWN, WALK_IN), waitlist place, whether signed up on the "
            + "volunteer's behalf, check-in and check-out times, walk-in flag, hours recorded at completion, and the "
            + "participant's service record as volunteer-service certified it (recordId, certifiedHours 认定时长, "
            + "hoursCappedFrom when the 24-hours-a-day rule capped it, certifiedDifference DAILY_LIMIT or CORRECTED when "
            + "certifiedHours differs from hours; null until the record is made, moments after completion; an accepted "
            + "correction shows its hours). Names are not "
            + "held by activity-service (no event carries one): they are read from volunteer-service's directory for each "
            + "roster. For organizers and the office of the activity's district, and city-admins: 403 for another district, "
            + "404 for an unknown occurrence. JSON pages of `limit` lines (cursor for the next); while volunteer-service does "
            + "not answer, the JSON page still answers with ids, statuses and times, names and numbers null and "
            + "namesAvailable false. With Accept: "
            + "text/csv the whole roster as CSV (UTF-8 with byte-order mark, attachment), with Accept: " + RosterXlsx.MEDIA_TYPE
            + " as an XLSX workbook, Chinese headers, English ones with Accept-Language: en; with Accept: application/pdf "
            + "the printable sign-in sheet (A4 landscape, Chinese or English by Accept-Language; withdrawn volunteers left "
            + "out, empty rows for walk-ins; at most 30 a minute per caller, then 429 with Retry-After). The CSV, XLSX and PDF forms answer 503 problem+json (service-unavailable) "
            + "while the names cannot be read, and the PDF 503 (document-font-missing) when the CJK font is not installed.")
    @APIResponse(responseCode = "200", description = "The roster", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterPage.class)),
            @Content(mediaType = RosterCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RosterXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "Not an organizer, a district office or the city",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such occurrence, or another district's: the same answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "CSV, XLSX or PDF: the names or the font are unavailable for now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response roster(@PathParam("occurrenceId") UUID occurrenceId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context HttpHeaders headers) {
        String format = format(headers);
        if (format.equals(MediaType.APPLICATION_JSON)) {
            Page<RosterEntry> page = roster.page(occurrenceId, limit, cursor, caller);
            RosterNames.Named named = names.named(page.items());
            return Response.ok(new RosterPage(named.entries(), page.nextCursor(), named.namesAvailable()))
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build(); // as every JSON answer
        }
        if (format.equals(PDF)) {
            // rendering the sign-in sheet (fonts, layout) is the expensive form: limited per caller, 429 above it
            limits.acquire("roster-pdf", "subject:" + caller.subject());
        }
        RosterService.Subject subject = roster.allowed(occurrenceId, caller);
        DocumentLanguage language = DocumentLanguage.negotiate(headers.getAcceptableLanguages());
        boolean english = language == DocumentLanguage.EN;
        String day = calendar.dateOf(subject.occurrence().start) + "-" + occurrenceId.toString().substring(0, 8);
        String file = "roster-" + day;
        String fileZh = language.pick("报名名单-" + day, file);
        List<RosterEntry> whole = names.namedOrUnavailable(roster.whole(occurrenceId));
        Response.ResponseBuilder answer = switch (format) {
            case PDF -> Response.ok(sheet.render(subject.occurrence(), subject.activity(), whole, language)).type(PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.inline(file + ".pdf", language.pick("签到表-" + day, file) + ".pdf"));
            case RosterXlsx.MEDIA_TYPE -> Response.ok(RosterXlsx.render(whole, english)).type(RosterXlsx.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(file + ".xlsx", fileZh + ".xlsx"));
            default -> Response.ok(RosterCsv.render(whole, english)).type(RosterCsv.MEDIA_TYPE + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(file + ".csv", fileZh + ".csv"));
        };
        return answer.header("Content-Language", language.tag()).build();
    }

    /** The client's most preferred of JSON, CSV, XLSX and PDF; *&#47;* and no Accept give JSON. */
    private static String format(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return RosterCsv.MEDIA_TYPE;
            }
            if (type.isCompatible(MediaType.valueOf(RosterXlsx.MEDIA_TYPE)) && !type.isWildcardSubtype()) {
                return RosterXlsx.MEDIA_TYPE;
            }
            if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
                return PDF;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    /** A page of the JSON roster. */
    @Schema(name = "RosterPage")
    public record RosterPage(List<RosterEntry> items,
            @Schema(description = "Pass as ?cursor= for the next page, with the same parent and filters; absent on the last page") String nextCursor,
            @Schema(description = "false while volunteer-service's directory does not answer: names and volunteer "
                    + "numbers are then null (the ids, statuses and times are still given); read the roster again shortly") boolean namesAvailable) {
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "withdrawFromOccurrence", summary = "Withdraw", description = "Frees the seat for the first on the waitlist at once. "
            + "Publishes SignupWithdrawn, and SignupConfirmed for the promoted volunteer.")
    @APIResponse(responseCode = "204", description = "Withdrawn; the first on the waitlist is promoted")
    public Response withdraw(@PathParam("occurrenceId") UUID occurrenceId) {
        signups.withdraw(occurrenceId, caller);
        return Response.noContent().build();
    }
}
