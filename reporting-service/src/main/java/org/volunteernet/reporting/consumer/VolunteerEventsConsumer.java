package org.volunteernet.reporting.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.reporting.district.service.DistrictProjection;

/**
 * Feeds volunteer.events into the projections, one message at a time in partition order.
 * A transient failure (database restarting) is retried; a message that is not a valid event is
 * not, and goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    @Inject
    DistrictProjection districts;

    @Incoming("volunteer-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200, abortOn = InvalidEventException.class)
    public void consume(byte[] message) {
        districts.apply(message);
    }
}
