package org.volunteernet.activity.notification.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;

/**
 * The caller's own inbox: volunteers see what is addressed to their volunteer id, organizers what is addressed to
 * their token subject; nobody reads another's (another's notification id is 404). Owned by activity-service (see
 * {@link Notifications} for why).
 */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** Marked read: how many. */
    @Schema(name = "NotificationsMarkedRead")
    public record MarkedRead(@Schema(description = "How many unread notifications were marked read") int marked) {
    }

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser caller;

    @ConfigProperty(name = "volunteernet.notifications.stream-poll", defaultValue = "PT2S")
    Duration streamPoll;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "listMyNotifications", summary = "My notifications",
            description = "The caller's notifications, newest first; unread=true for the unread only. Title and text in "
            + "Chinese, or English with Accept-Language: en. Kinds for volunteers: WAITLIST_PROMOTED, OCCURRENCE_CANCELLED, "
            + "OCCURRENCE_MOVED, REMINDER_24H and REMINDER_2H (before a confirmed seat), STAR_LEVEL_REACHED, "
            + "RECORD_CORRECTED, CERTIFICATE_ISSUED; for organizers (the one who scheduled the activity): "
            + "RECORD_DEADLINE_NEAR (3 working days or fewer left of the 10) and OCCURRENCE_SHORT_OF_VOLUNTEERS (48 hours "
            + "before the start, fewer confirmed than minimumVolunteers). Cursor-paginated (limit 1-200, default 50). "
            + "400 naming the parameter when one is invalid.")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPage listMyNotifications(
            @QueryParam("unread") @Pattern(regexp = "true|false", message = "must be true or false") String unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context HttpHeaders headers) {
        return notifications.list(notifications.recipients(caller), "true".equals(unread), limit, cursor, language(headers));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read",
            description = "Idempotent: marking a read notification again keeps its first readAt. 404 problem+json when "
            + "the caller has no such notification (another's notification is 404 too).")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView markNotificationRead(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return notifications.markRead(notifications.recipients(caller), id, NetworkClock.now(), language(headers));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read",
            description = "Every unread notification of the caller; answers how many.")
    @APIResponse(responseCode = "200", description = "How many were marked",
            content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    public MarkedRead markAllNotificationsRead() {
        return new MarkedRead(notifications.markAllRead(notifications.recipients(caller), NetworkClock.now()));
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORGANIZER, Roles.BRAND_LEADER, Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN, Roles.ANALYST})
    @Operation(operationId = "streamMyNotifications", summary = "My new notifications, live (server-sent events)",
            description = "text/event-stream: each new notification of the caller as an event named notification, its "
            + "data the Notification as JSON, its id a sequence number. Starts after the newest notification at "
            + "connection time, or after Last-Event-ID when the client reconnects with it (EventSource does), so "
            + "nothing is missed across reconnects. New notifications arrive within volunteernet.notifications.stream-poll "
            + "(2 seconds by default). The caller's own notifications only.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    public Multi<OutboundSseEvent> streamMyNotifications(
            @HeaderParam("Last-Event-ID") @Pattern(regexp = "[0-9]{1,18}", message = "must be an event id of this stream")
            String lastEventId, @Context HttpHeaders headers, @Context Sse sse) {
        List<String> recipients = notifications.recipients(caller);
        DocumentLanguage language = language(headers);
        AtomicLong last = new AtomicLong(lastEventId != null ? Long.parseLong(lastEventId) : notifications.latest(recipients));
        return Multi.createFrom().ticks().every(streamPoll)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(tick -> Multi.createFrom().iterable(notifications.after(recipients, last.get(), language)))
                .map(entry -> {
                    last.set(entry.getKey());
                    return sse.newEventBuilder().id(Long.toString(entry.getKey())).name("notification")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationView.class, entry.getValue()).build();
                });
    }

    private static DocumentLanguage language(HttpHeaders headers) {
        return DocumentLanguage.negotiate(headers.getAcceptableLanguages());
    }
}
