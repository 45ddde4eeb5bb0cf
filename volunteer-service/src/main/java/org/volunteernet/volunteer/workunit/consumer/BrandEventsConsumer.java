package org.volunteernet.volunteer.workunit.consumer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.volunteernet.common.inbox.InboundRetry;
import org.volunteernet.volunteer.workunit.service.WorkUnits;

/**
 * brand.events into the known work units, one message at a time in partition order. A database
 * failure is retried for up to a minute; anything else goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class BrandEventsConsumer {

    @Inject
    WorkUnits workUnits;

    @Inject
    InboundRetry retry;

    @Incoming("brand-events")
    @Blocking
    public void consume(byte[] message) {
        retry.handle(workUnits::apply, message);
    }
}
