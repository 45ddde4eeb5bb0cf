package org.volunteernet.activity.completion.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every ten minutes, announces occurrences that passed their recording deadline unrecorded. */
@ApplicationScoped
public class DeadlineWatch {

    @Inject
    RecordDeadlines deadlines;

    @Scheduled(every = "10m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        deadlines.publishMissedDeadlines();
    }
}
