package org.volunteernet.activity.known.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;

/** Recognises callers as registered volunteers by their account subject (brand-service has the same class). */
@ApplicationScoped
public class Callers {

    /** The caller as a registered volunteer; 403 for an account with no volunteer registration. */
    public KnownVolunteer requireVolunteer(CurrentUser caller) {
        return KnownVolunteer.bySubject(caller.subject()).orElseThrow(() -> ProblemException.forbidden(
                "Register as a volunteer first (or wait a moment after registering)"));
    }
}
