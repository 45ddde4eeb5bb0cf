package org.volunteernet.volunteer.record.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.volunteer.record.service.ActivityCompletionRecorder;

/**
 * activity.events into service records, one message at a time in partition order. A database
 * failure is retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class ActivityEventsConsumer {

    @Inject
    ActivityCompletionRecorder records;

    @Inject
    InboundRetry retry;

    @Incoming("activity-events")
    @Blocking
    public void consume(byte[] message) {
        retry.handle(records::apply, message);
    }
}
