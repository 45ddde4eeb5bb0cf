package org.volunteernet.reporting.projection.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.InvalidEventException;
import org.volunteernet.events.ReceivedEvent;

/**
 * The one way an event reaches the report tables: claimed in the inbox, then applied to every
 * projection, all in one transaction; a rebuild's batch is claimed and applied as a whole.
 */
@ApplicationScoped
public class Projections {

    /**
     * The one inbox id under which every reporting projection claims its events (processed_event.consumer).
     * The value is historical (the district projection was the first) and stays: rows in processed_event carry
     * it, and another value would apply every event again.
     */
    public static final String INBOX_ID = "reporting.district";

    private static final Logger LOG = Logger.getLogger(Projections.class);

    @Inject
    Inbox inbox;

    @Inject
    @All
    List<Projection> projections;

    @Inject
    ProjectionSql sql;

    /**
     * Events in their order (a poll's worth, or a rebuild's batch) in one transaction: claimed in
     * the inbox with one statement, those not applied before applied to every projection as a batch.
     */
    @Transactional
    public void applyAll(List<ReceivedEvent> events) {
        List<ReceivedEvent> fresh = inbox.receiveAll(INBOX_ID, events);
        for (Projection projection : projections) {
            projection.apply(fresh);
        }
    }

    /**
     * A rebuild's batch, as {@link #applyAll}, committed without waiting for PostgreSQL to flush it to disk
     * ({@code synchronous_commit = off} for this transaction only): a rebuild commits a batch every few milliseconds,
     * and each flush was a wait of the one thread that applies them. Nothing is lost by it: the rebuild ends with
     * {@link #flushReplayed()}, whose flush covers every commit before it, and a crash before that leaves the
     * projections and the inbox as one consistent earlier state (they commit together), from which the rebuild is
     * run again.
     */
    @Transactional
    public void applyReplayed(List<ReceivedEvent> events) {
        sql.update("SET LOCAL synchronous_commit = off");
        applyAll(events);
    }

    /**
     * Waits until every batch {@link #applyReplayed} committed is on disk: a transaction that takes a transaction id
     * commits with a flush of the write-ahead log up to its own commit, so past every commit before it.
     */
    @Transactional
    public void flushReplayed() {
        sql.value("SELECT pg_current_xact_id()::text");
    }

    /** A replayed batch, parsed: the valid events in their order, and how many messages were not valid events. */
    public record ReplayBatch(List<ReceivedEvent> events, int invalid) {

        /**
         * Parses replayed messages. A message that is not a valid event was dead-lettered when it
         * was first consumed; here it is counted and passed over.
         */
        public static ReplayBatch parse(List<byte[]> messages) {
            List<ReceivedEvent> events = new ArrayList<>(messages.size());
            int invalid = 0;
            for (byte[] message : messages) {
                try {
                    events.add(EventCodec.parse(message));
                } catch (InvalidEventException e) {
                    invalid++;
                    LOG.debugf("replay passes over a message that is not a valid event: %s", e.getMessage());
                }
            }
            return new ReplayBatch(events, invalid);
        }
    }
}
