package org.volunteernet.activity.known.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.activity.known.service.KnownViews;
import org.volunteernet.events.InvalidEventException;

/**
 * volunteer.events and brand.events into the local views, each in partition order. A database
 * failure is retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class KnownViewsConsumer {

    @Inject
    KnownViews views;

    @Incoming("volunteer-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void volunteerEvent(byte[] message) {
        views.apply(message);
    }

    @Incoming("brand-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void brandEvent(byte[] message) {
        views.apply(message);
    }
}
