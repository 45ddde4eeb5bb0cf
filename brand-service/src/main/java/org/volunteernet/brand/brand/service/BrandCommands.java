package org.volunteernet.brand.brand.service;

import java.util.UUID;

/** What BrandService is asked to do; the REST layer maps its request bodies to these. */
public final class BrandCommands {

    private BrandCommands() {
    }

    /**
     * A brand to found in a district (a GB/T 2260 code), led by its founding exemplary volunteer.
     *
     * @param slogan null for none
     * @param description null for none
     */
    public record FoundBrand(String name, String slogan, String district, String description, UUID founderVolunteerId) {
    }

    /** A group to form under a brand, led by a volunteer who becomes its first member. */
    public record FormGroup(String name, UUID leaderVolunteerId) {
    }

    /** A volunteer service organization joining a brand; {@code contact} may be null. */
    public record JoinOrganization(String name, String contact) {
    }
}
