package org.volunteernet.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.volunteernet.common.problem.ProblemException;

/** Who is calling: the token's subject, roles and district, and the district scope rules. */
@RequestScoped
public class CurrentUser {

    public static final String DISTRICT_CLAIM = "district";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token subject; volunteer-service links a volunteer record to it. */
    public String subject() {
        return token.getSubject();
    }

    public Optional<String> district() {
        Object claim = token.getClaim(DISTRICT_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** City-wide roles read every district. */
    public boolean isCityWide() {
        return hasRole(Roles.CITY_ADMIN);
    }

    /** True when the caller may act on data of {@code district}: city-wide, or it is the caller's own district. */
    public boolean mayActIn(String district) {
        return isCityWide() || district().filter(own -> own.equals(district)).isPresent();
    }

    /** True when the caller holds one of {@code roles} and may act on data of {@code district}. */
    public boolean actsIn(String district, String... roles) {
        return java.util.Arrays.stream(roles).anyMatch(this::hasRole) && mayActIn(district);
    }

    /** Refuses with 403 unless the caller may act on data of {@code district}. */
    public void requireDistrict(String district) {
        if (!mayActIn(district)) {
            throw ProblemException.forbidden("You may act only inside your own district");
        }
    }
}
