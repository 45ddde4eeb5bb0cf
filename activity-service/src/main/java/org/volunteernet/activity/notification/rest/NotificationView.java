package org.volunteernet.activity.notification.rest;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.volunteernet.common.rest.JsonTimes;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.activity.notification.domain.NotificationKind;

@Schema(name = "Notification", description = "A notification in the caller's inbox; title and text in the language of "
        + "Accept-Language (Chinese by default, English with en)")
public record NotificationView(UUID id, NotificationKind kind,
        @Schema(description = "Short title") String title,
        @Schema(description = "The text") String text,
        @Schema(description = "The facts the text is made of (title, start, place, level, hours...), for apps that "
                + "render their own text") Map<String, String> params,
        @Schema(description = "When it was made (ISO-8601, UTC)") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime createdAt,
        @Schema(description = "When the caller marked it read (ISO-8601, UTC); absent while unread") @JsonSerialize(using = JsonTimes.AsInstant.class) OffsetDateTime readAt) {
}
