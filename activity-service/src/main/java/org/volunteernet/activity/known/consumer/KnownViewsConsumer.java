package org.volunteernet.activity.known.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.activity.known.service.KnownViews;

/**
 * volunteer.events and brand.events into the local views, each in partition order. A database
 * failure is retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class KnownViewsConsumer {

    @Inject
    KnownViews views;

    @Inject
    InboundRetry retry;

    @Incoming("volunteer-events")
    @Blocking
    public void volunteerEvent(byte[] message) {
        retry.handle(views::apply, message);
    }

    @Incoming("brand-events")
    @Blocking
    public void brandEvent(byte[] message) {
        retry.handle(views::apply, message);
    }
}
