package org.volunteernet.brand.volunteer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.VolunteerRegisteredV1;

/** Keeps the local view of volunteers current; each event applied once. */
@ApplicationScoped
public class KnownViewsProjection {

    static final String CONSUMER = "brand.known-volunteers";
    /** The event types the view acts on; the consumer passes over the rest without a transaction. */
    public static final Set<Class<? extends DomainEvent>> WANTED = Set.of(VolunteerRegistered.class, VolunteerRegisteredV1.class,
            VolunteerProfileUpdated.class,
            VolunteerAccountLinked.class);

    @Inject
    Inbox inbox;

    /** A poll's events of the wanted types, in partition order, in one transaction; each applied once (inbox). */
    @Transactional
    public void applyAll(List<ReceivedEvent> events) {
        inbox.receiveAll(CONSUMER, events).forEach(this::apply);
    }

    private void apply(ReceivedEvent event) {
        VolunteerRegistered registered = VolunteerRegistered.of(event.data()); // v1 read as v2, null for other data
        if (registered != null) {
            if (KnownVolunteer.findById(registered.volunteerId()) != null) {
                return;
            }
            KnownVolunteer volunteer = new KnownVolunteer();
            volunteer.volunteerId = registered.volunteerId();
            volunteer.district = registered.district();
            volunteer.accountSubject = registered.accountSubject();
            volunteer.workUnitId = registered.workUnitId();
            volunteer.registeredAt = registered.registeredAt();
            volunteer.updatedAt = NetworkClock.now();
            volunteer.persist();
        } else if (event.data() instanceof VolunteerAccountLinked linked) {
            // issue 14: the volunteer claimed the office's record with their own account
            KnownVolunteer volunteer = KnownVolunteer.findById(linked.volunteerId());
            if (volunteer != null && volunteer.accountSubject == null) {
                volunteer.accountSubject = linked.accountSubject();
                volunteer.updatedAt = NetworkClock.now();
            }
        } else if (event.data() instanceof VolunteerProfileUpdated updated) {
            KnownVolunteer volunteer = KnownVolunteer.findById(updated.volunteerId());
            if (volunteer != null) {
                volunteer.district = updated.district();
                volunteer.workUnitId = updated.workUnitId();
                volunteer.post = updated.post();
                volunteer.updatedAt = NetworkClock.now();
            }
        }
    }
}
