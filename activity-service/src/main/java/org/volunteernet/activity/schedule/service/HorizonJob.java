package org.volunteernet.activity.schedule.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.common.time.NetworkClock;

/**
 * Keeps recurring activities materialized up to the horizon; runs daily and at start. Each activity
 * is extended in a transaction of its own: a rule that cannot be expanded (too many occurrences, a
 * rule stored before today's checks) is logged with its activity id and passed over, and the rest of
 * the city's series are extended all the same.
 */
@ApplicationScoped
public class HorizonJob {

    private static final Logger LOG = Logger.getLogger(HorizonJob.class);

    @Inject
    Materializer materializer;

    @Inject
    ActivitiesConfig config;

    @Scheduled(every = "24h", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        extend(NetworkClock.now().plus(config.horizon()));
    }

    /** Extends every recurring activity that lags {@code until}; returns how many occurrences were made. */
    public int extend(Instant until) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Activity.getEntityManager().createQuery(
                "select a.id from Activity a where a.recurrence is not null and a.materializedUntil < :until"
                        + " and (a.seriesEndsAt is null or a.seriesEndsAt > a.materializedUntil) order by a.id", UUID.class)
                .setParameter("until", until).getResultList());
        int created = 0;
        int failed = 0;
        for (UUID id : due) {
            try {
                created += QuarkusTransaction.requiringNew().call(() -> {
                    Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
                    return activity == null ? 0 : materializer.materialize(activity, until).size();
                });
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Could not extend activity %s up to %s; passed over", id, until);
            }
        }
        if (created > 0 || failed > 0) {
            LOG.infof("Materialized %d new occurrences up to %s; %d activities passed over", created, until, failed);
        }
        return created;
    }
}
