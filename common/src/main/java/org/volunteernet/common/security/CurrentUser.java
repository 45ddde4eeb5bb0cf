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

    /**
     * Refuses with 403 unless the caller may act in {@code district}: for a district the caller names themselves
     * (in a body or a query), never for an item found by its id, which {@link #requireSight} refuses.
     */
    public void requireDistrict(String district) {
        if (!mayActIn(district)) {
            throw ProblemException.forbidden("You may act only inside your own district");
        }
    }

    /**
     * Refuses an item of {@code district} the caller may not act on exactly as an id of nothing: the 404 of
     * {@link ProblemException#notFound} ("No {@code what} with id {@code id}"), so that no one learns whether
     * another district holds an item of that id. City-wide callers act in every district.
     */
    public void requireSight(String district, String what, Object id) {
        if (!mayActIn(district)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * Lets through a caller who holds one of {@code roles} and acts in {@code district}, the district of the item
     * {@code what} of id {@code id}. Without any of the roles: 403 with {@code detail}, which depends on the caller
     * alone (the resource's {@code @RolesAllowed} answers it before any lookup); with one but in another district:
     * the 404 of an unknown id ({@link #requireSight}).
     */
    public void requireActsIn(String district, String what, Object id, String detail, String... roles) {
        requireRole(detail, roles);
        requireSight(district, what, id);
    }

    /**
     * Refuses with 403 and {@code detail} unless the caller holds one of {@code roles}: a check of the caller alone,
     * made before the item is looked up, so that its answer is the same for every id, known or not.
     */
    public void requireRole(String detail, String... roles) {
        if (java.util.Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw ProblemException.forbidden(detail);
        }
    }
}
