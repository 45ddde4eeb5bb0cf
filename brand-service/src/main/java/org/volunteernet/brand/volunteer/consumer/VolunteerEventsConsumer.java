package org.volunteernet.brand.volunteer.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.brand.volunteer.service.KnownVolunteerProjection;

/**
 * volunteer.events into the local view of volunteers, in partition order. A database failure is
 * retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    @Inject
    KnownVolunteerProjection volunteers;

    @Inject
    InboundRetry retry;

    @Incoming("volunteer-events")
    @Blocking
    public void consume(byte[] message) {
        retry.handle(volunteers::apply, message);
    }
}
