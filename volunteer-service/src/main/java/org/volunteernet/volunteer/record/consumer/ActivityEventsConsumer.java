package org.volunteernet.volunteer.record.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.volunteer.record.service.ServiceRecordProjector;

/**
 * activity.events into service records, one message at a time in partition order. A database
 * failure is retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class ActivityEventsConsumer {

    @Inject
    ServiceRecordProjector records;

    @Incoming("activity-events")
    @Blocking
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void consume(byte[] message) {
        records.apply(message);
    }
}
