package org.volunteernet.brand.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.brand.workunit.domain.WorkUnit;
import org.volunteernet.brand.workunit.rest.WorkUnitView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.validation.NameKey;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.WorkUnitRegistered;

/** Work units: registered by district offices; their members are volunteers who name the unit. */
@ApplicationScoped
@Transactional
public class WorkUnitService {

    /** Members listed with a unit; the count covers all. */
    static final int MEMBERS_SHOWN = 500;

    @Inject
    Outbox outbox;

    public WorkUnit register(RegisterWorkUnit request, CurrentUser caller) {
        caller.requireDistrict(request.district());
        String key = NameKey.of(request.name());
        if (WorkUnit.count("district = ?1 and nameKey = ?2", request.district(), key) > 0) {
            throw ProblemException.conflict("name", "is the name of another work unit of this district",
                    "District " + request.district() + " already has a work unit of that name");
        }
        WorkUnit unit = new WorkUnit();
        unit.id = UUID.randomUUID();
        unit.name = request.name().strip();
        unit.nameKey = key;
        unit.kind = request.kind();
        unit.district = request.district();
        unit.registeredBy = caller.subject();
        unit.registeredAt = NetworkClock.now();
        unit.persist();
        outbox.publish(new WorkUnitRegistered(unit.id, unit.district, unit.name, unit.kind.name(), unit.registeredAt));
        return unit;
    }

    public WorkUnitView view(UUID id, CurrentUser caller) {
        WorkUnit unit = WorkUnit.<WorkUnit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("work unit", id));
        caller.requireDistrict(unit.district);
        long count = KnownVolunteer.count("workUnitId", id);
        List<WorkUnitView.Member> members = KnownVolunteer.<KnownVolunteer>find("workUnitId = ?1 order by registeredAt", id)
                .range(0, MEMBERS_SHOWN - 1).list().stream()
                .map(v -> new WorkUnitView.Member(v.volunteerId, v.post)).toList();
        return new WorkUnitView(unit.id, unit.name, unit.kind, unit.district, unit.registeredAt, count, members);
    }
}
