package org.volunteernet.activity.known.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.volunteernet.activity.known.domain.KnownBrand;
import org.volunteernet.activity.known.domain.KnownBrandLeader;
import org.volunteernet.activity.known.domain.KnownGroup;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.notification.service.Notifications;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.CertificateIssued;
import org.volunteernet.events.CertificateIssuedV1;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCorrectionRejected;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.GroupFormed;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.VolunteerAccountLinked;
import org.volunteernet.events.VolunteerProfileUpdated;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.events.VolunteerRegisteredV1;

/** Keeps the local views of volunteers, brands and groups current; each event applied once. */
@ApplicationScoped
public class KnownViewsProjection {

    static final String CONSUMER = "activity.known-views";
    /** The event types the view acts on; the consumer passes over the rest without a transaction. */
    public static final Set<Class<? extends DomainEvent>> WANTED =
            Set.of(VolunteerRegistered.class, VolunteerRegisteredV1.class, VolunteerProfileUpdated.class, VolunteerAccountLinked.class, BrandCreated.class,
                    GroupFormed.class, BrandLeaderAppointed.class, BrandLeaderDismissed.class,
                    // the volunteers' inbox (Notifications): star levels, accepted corrections, certificates (v1 read as v2)
                    StarLevelReached.class, ServiceRecordCorrected.class, ServiceRecordCorrectionRejected.class,
                    CertificateIssued.class, CertificateIssuedV1.class);

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    /** A poll's events of the wanted types, in partition order, in one transaction; each applied once (inbox). */
    @Transactional
    public void applyAll(List<ReceivedEvent> events) {
        inbox.receiveAll(CONSUMER, events).forEach(this::apply);
    }

    private void apply(ReceivedEvent event) {
        VolunteerRegistered registered = VolunteerRegistered.of(event.data()); // v1 read as v2, null for other data
        if (registered != null) {
            if (KnownVolunteer.findById(registered.volunteerId()) == null) {
                KnownVolunteer volunteer = new KnownVolunteer();
                volunteer.volunteerId = registered.volunteerId();
                volunteer.district = registered.district();
                volunteer.accountSubject = registered.accountSubject();
                volunteer.persist();
            }
        } else if (event.data() instanceof VolunteerProfileUpdated updated) {
            KnownVolunteer volunteer = KnownVolunteer.findById(updated.volunteerId());
            if (volunteer != null) {
                volunteer.district = updated.district();
            }
        } else if (event.data() instanceof VolunteerAccountLinked linked) {
            // issue 14: the volunteer claimed the office's record with their own account; they sign up themselves now
            KnownVolunteer volunteer = KnownVolunteer.findById(linked.volunteerId());
            if (volunteer != null && volunteer.accountSubject == null) {
                volunteer.accountSubject = linked.accountSubject();
            }
        } else if (event.data() instanceof BrandCreated created) {
            if (KnownBrand.findById(created.brandId()) == null) {
                KnownBrand brand = new KnownBrand();
                brand.brandId = created.brandId();
                brand.district = created.district();
                brand.name = created.name();
                brand.persist();
            }
        } else if (event.data() instanceof BrandLeaderAppointed appointed) {
            KnownBrandLeader.Key key = new KnownBrandLeader.Key(appointed.brandId(), appointed.volunteerId());
            if (KnownBrandLeader.findById(key) == null) {
                KnownBrandLeader leader = new KnownBrandLeader();
                leader.key = key;
                leader.persist();
            }
        } else if (event.data() instanceof BrandLeaderDismissed dismissed) {
            KnownBrandLeader.deleteById(new KnownBrandLeader.Key(dismissed.brandId(), dismissed.volunteerId()));
        } else if (event.data() instanceof GroupFormed formed) {
            if (KnownGroup.findById(formed.groupId()) == null) {
                KnownGroup group = new KnownGroup();
                group.groupId = formed.groupId();
                group.brandId = formed.brandId();
                group.district = formed.district();
                group.name = formed.name();
                group.persist();
            }
        } else if (event.data() instanceof StarLevelReached || event.data() instanceof ServiceRecordCorrected
                || event.data() instanceof ServiceRecordCorrectionRejected
                || event.data() instanceof CertificateIssued || event.data() instanceof CertificateIssuedV1) {
            // claimed in processed_event in this transaction; the notification's unique key guards it twice over
            notifications.fromEvent(event.id(), event.data(), NetworkClock.now());
        }
        // other events do not shape these views
    }
}
