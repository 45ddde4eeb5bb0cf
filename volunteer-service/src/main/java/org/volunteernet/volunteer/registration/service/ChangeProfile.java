package org.volunteernet.volunteer.registration.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to a profile; a null field keeps its value.
 *
 * @param name a corrected real name (the district office only), with {@code reason}
 * @param workUnitId null keeps the unit, empty clears it, a value names a registered unit of the district
 */
public record ChangeProfile(String name, String reason, String community, String phone, List<String> skills,
        List<String> serviceCategories, Optional<UUID> workUnitId, String post) {
}
