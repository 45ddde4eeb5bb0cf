package org.volunteernet.volunteer.workunit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.volunteernet.common.inbox.Inbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.events.WorkUnitRegistered;
import org.volunteernet.volunteer.workunit.domain.KnownWorkUnit;

/**
 * The work units of the network as brand-service announces them (brand.events, through the inbox: a
 * redelivered event changes nothing), and the rule a volunteer's {@code workUnitId} follows: an
 * existing unit of the volunteer's own district (issue 18, cross-district references).
 */
@ApplicationScoped
public class WorkUnits {

    static final String CONSUMER = "work-units";

    @Inject
    Inbox inbox;

    @Transactional
    public void apply(byte[] message) {
        inbox.receive(CONSUMER, message, Set.of(WorkUnitRegistered.class)).ifPresent(event -> {
            WorkUnitRegistered unit = event.dataAs(WorkUnitRegistered.class);
            if (KnownWorkUnit.findById(unit.workUnitId()) == null) {
                KnownWorkUnit known = new KnownWorkUnit();
                known.workUnitId = unit.workUnitId();
                known.district = unit.district();
                known.registeredAt = unit.registeredAt();
                known.persist();
            }
        });
    }

    /**
     * Nothing for a null id (no unit); else the unit must be known here and of {@code district}, or a 422 problem
     * naming {@code workUnitId}. Another district's unit is refused exactly as an unknown id is (same status, field,
     * message and detail), so that no caller learns whether another district has a unit of that id. A unit registered
     * a moment ago may not have arrived yet: the caller retries.
     */
    public void requireOfDistrict(UUID workUnitId, String district) {
        if (workUnitId == null) {
            return;
        }
        KnownWorkUnit unit = KnownWorkUnit.findById(workUnitId);
        if (unit == null || !unit.district.equals(district)) {
            throw ProblemException.ruleViolated("workUnitId", "is not a registered work unit of this district",
                    "No work unit " + workUnitId + " is registered in district " + district
                            + " (brand-service's POST /api/v1/work-units)");
        }
    }
}
