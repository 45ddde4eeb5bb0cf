package org.volunteernet.activity.known.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;

/** Recognises a caller as a registered volunteer by their account subject. */
@ApplicationScoped
public class Volunteers {

    public KnownVolunteer caller(CurrentUser caller) {
        return KnownVolunteer.bySubject(caller.subject()).orElseThrow(() -> ProblemException.forbidden(
                "Register as a volunteer first (or wait a moment after registering)"));
    }
}
