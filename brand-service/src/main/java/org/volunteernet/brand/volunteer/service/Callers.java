package org.volunteernet.brand.volunteer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.volunteernet.brand.brand.domain.BrandLeader;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;

/** Recognises callers as volunteers (by their account subject) and as leaders of brands. */
@ApplicationScoped
public class Callers {

    public Optional<KnownVolunteer> volunteerOf(CurrentUser caller) {
        return KnownVolunteer.bySubject(caller.subject());
    }

    /** The caller as a registered volunteer; 403 for an account with no volunteer registration. */
    public KnownVolunteer requireVolunteer(CurrentUser caller) {
        return volunteerOf(caller).orElseThrow(() -> ProblemException.forbidden(
                "Register as a volunteer first (or wait a moment after registering)"));
    }

    /** A brand-leader who leads this brand. */
    public boolean leadsBrand(CurrentUser caller, UUID brandId) {
        return caller.hasRole(Roles.BRAND_LEADER)
                && volunteerOf(caller).filter(v -> BrandLeader.leads(v.volunteerId, brandId)).isPresent();
    }
}
