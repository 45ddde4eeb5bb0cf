package org.volunteernet.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.events.ReceivedEvent;

/**
 * The one retry policy for consumed messages: a database failure (PostgreSQL restarting) is
 * retried for up to a minute; anything else, above all a message that is not a valid event, is
 * not, so the connector sends it to the dead-letter topic with its reason. The handler owns its
 * transaction, so each attempt starts afresh.
 */
@ApplicationScoped
public class InboundRetry {

    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void handle(Consumer<byte[]> handler, byte[] message) {
        handler.accept(message);
    }

    /** The same policy for a batch of events already parsed (a consumer that applies a poll's records together). */
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60_000, jitter = 200,
            retryOn = {PersistenceException.class, SQLException.class}, abortOn = InvalidEventException.class)
    public void handleAll(Consumer<List<ReceivedEvent>> handler, List<ReceivedEvent> events) {
        handler.accept(events);
    }
}
