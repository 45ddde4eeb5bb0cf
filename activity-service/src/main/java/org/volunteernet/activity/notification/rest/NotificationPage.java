package org.volunteernet.activity.notification.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPage", description = "One page of the caller's notifications, newest first")
public record NotificationPage(List<NotificationView> items,
        @Schema(description = "Pass as ?cursor= for the next page, with the same parent and filters; absent on the last page") String nextCursor) {
}
