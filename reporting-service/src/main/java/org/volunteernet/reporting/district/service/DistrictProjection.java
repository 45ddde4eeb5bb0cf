package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.common.time.NetworkCalendar;

/** Keeps the per-district figures current; each event applied once, in the same transaction as its inbox row. */
@ApplicationScoped
public class DistrictProjection {

    static final String CONSUMER = "reporting.district";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    NetworkCalendar calendar;

    @Transactional
    public void apply(byte[] message) {
        inbox.receive(CONSUMER, message).ifPresent(this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.data() instanceof VolunteerRegistered registered) {
            int year = calendar.dateOf(registered.registeredAt()).getYear();
            entityManager.createNativeQuery("""
                    INSERT INTO district_registrations (district, year, registered) VALUES (?1, ?2, 1)
                    ON CONFLICT (district, year) DO UPDATE SET registered = district_registrations.registered + 1""")
                    .setParameter(1, registered.district())
                    .setParameter(2, year)
                    .executeUpdate();
        }
        // other event types feed projections that later features add; their ids stay in the inbox
    }
}
