package org.volunteernet.brand.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.brand.workunit.domain.WorkUnit;
import org.volunteernet.brand.workunit.rest.WorkUnitView;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.validation.NameKey;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.WorkUnitRegistered;

/** Work units: registered by district offices; their members are volunteers who name the unit. */
@ApplicationScoped
@Transactional
public class WorkUnitService {

    /** Members listed with a unit (the first by registration); the count covers all, {@link #members} pages them all. */
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
        WorkUnit unit = readable(id, caller);
        long count = KnownVolunteer.count("workUnitId", id);
        List<WorkUnitView.Member> members = KnownVolunteer.<KnownVolunteer>find("workUnitId = ?1 order by registeredAt", id)
                .range(0, MEMBERS_SHOWN - 1).list().stream()
                .map(v -> new WorkUnitView.Member(v.volunteerId, v.post)).toList();
        return new WorkUnitView(unit.id, unit.name, unit.kind, unit.district, unit.registeredAt, count, members);
    }

    /**
     * One page of the unit's members, the earliest registered first ({@code limit} 1 to {@link Page#MAX_LIMIT}), for
     * the office of its district and the city. 404 for no such unit, 403 for another district's office; the cursor is
     * bound to the unit (400 naming {@code cursor} otherwise).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorkUnitView.Member> members(UUID id, int limit, String cursor, CurrentUser caller) {
        WorkUnit unit = readable(id, caller);
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unit.id);
        StringBuilder query = new StringBuilder("from KnownVolunteer v where v.workUnitId = :unit");
        Cursor.Scope scope = Cursor.scope("work-unit-members", unit.id);
        Cursor.after(cursor, scope, "v.registeredAt", "v.volunteerId", query, params);
        List<KnownVolunteer> rows = KnownVolunteer.<KnownVolunteer>find(query.append(" order by v.registeredAt, v.volunteerId")
                .toString(), params).range(0, limit).list();
        return Page.of(rows, limit, v -> new WorkUnitView.Member(v.volunteerId, v.post),
                v -> Cursor.encode(scope, v.registeredAt, v.volunteerId));
    }

    private static WorkUnit readable(UUID id, CurrentUser caller) {
        WorkUnit unit = WorkUnit.<WorkUnit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("work unit", id));
        caller.requireSight(unit.district, "work unit", id); // another district's unit: as an unknown id
        return unit;
    }
}
