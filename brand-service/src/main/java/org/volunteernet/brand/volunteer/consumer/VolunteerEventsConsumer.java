package org.volunteernet.brand.volunteer.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.brand.volunteer.service.KnownVolunteerProjection;
import org.volunteernet.events.InvalidEventException;

/**
 * volunteer.events into the local view of volunteers, in partition order. A database failure is
 * retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    @Inject
    KnownVolunteerProjection volunteers;

    @Incoming("volunteer-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void consume(byte[] message) {
        volunteers.apply(message);
    }
}
