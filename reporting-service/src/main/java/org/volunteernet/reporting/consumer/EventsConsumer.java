package org.volunteernet.reporting.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.reporting.projection.service.ProjectionGate;
import org.volunteernet.reporting.projection.service.Projections;

/**
 * Feeds volunteer.events, activity.events and brand.events into the projections, one message at a
 * time in partition order, waiting while a rebuild runs.
 * A database failure (PostgreSQL restarting) is retried for up to a minute; anything else, above
 * all a message that is not a valid event, goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class EventsConsumer {

    @Inject
    Projections projections;

    @Inject
    ProjectionGate gate;

    @Inject
    InboundRetry retry;

    @Incoming("volunteer-events")
    @Blocking
    public void volunteerEvent(byte[] message) {
        consume(message);
    }

    @Incoming("activity-events")
    @Blocking
    public void activityEvent(byte[] message) {
        consume(message);
    }

    @Incoming("brand-events")
    @Blocking
    public void brandEvent(byte[] message) {
        consume(message);
    }

    private void consume(byte[] message) {
        gate.live(() -> retry.handle(projections::apply, message));
    }
}
