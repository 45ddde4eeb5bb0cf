package org.volunteernet.common.security;

/** The realm roles of volunteer-network (Keycloak realm roles, claim realm_access.roles). */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String ORGANIZER = "organizer";
    public static final String BRAND_LEADER = "brand-leader";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String CITY_ADMIN = "city-admin";
    public static final String ANALYST = "analyst";
    /**
     * The services' own principal: the service account of the realm client {@code volunteer-network-services}
     * (client credentials). Only service-to-service calls (the volunteer directory) accept it; no person holds it.
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
