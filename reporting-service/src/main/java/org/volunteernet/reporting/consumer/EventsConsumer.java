package org.volunteernet.reporting.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.reporting.district.service.DistrictProjection;

/**
 * Feeds volunteer.events, activity.events and brand.events into the projections, one message at a
 * time in partition order.
 * A database failure (PostgreSQL restarting) is retried for up to a minute; anything else, above
 * all a message that is not a valid event, goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class EventsConsumer {

    @Inject
    DistrictProjection districts;

    @Incoming("volunteer-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void volunteerEvent(byte[] message) {
        districts.apply(message);
    }

    @Incoming("activity-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void activityEvent(byte[] message) {
        districts.apply(message);
    }

    @Incoming("brand-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void brandEvent(byte[] message) {
        districts.apply(message);
    }
}
