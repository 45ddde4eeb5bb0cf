package org.volunteernet.volunteer.record.service;

import java.util.Map;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.volunteer.record.domain.ServiceRecord;

/**
 * Whose corrections a caller decides (Decree 67 Art. 13), stated once for deciding one correction and for listing
 * those waiting: as an organizer, the corrections of records of activities they recorded ({@code recordedBy}); as a
 * district office, those of records of their district; the city (city-admin) those of every district. The city is
 * the way out when nobody else may decide: a district office of one account that both recorded the activity and
 * entered the correction on the volunteer's behalf is refused by four eyes, the organizers did not record it, so the
 * city decides (escalation). Four eyes (never one's own entry or own record) is checked apart, on top of this, for
 * the city too.
 *
 * @param recorder the caller's token subject when they hold the organizer role, else null
 * @param everyDistrict true for a city-wide token (city-admin)
 * @param district the district-admin's own district, else null
 */
record CorrectionDeciders(String recorder, boolean everyDistrict, String district) {

    static CorrectionDeciders of(CurrentUser caller) {
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN);
        return new CorrectionDeciders(caller.hasRole(Roles.ORGANIZER) ? caller.subject() : null,
                caller.isCityWide(), office ? caller.district().orElse(null) : null);
    }

    /** True when the caller decides the corrections of {@code record}. */
    boolean decide(ServiceRecord record) {
        return (recorder != null && recorder.equals(record.recordedBy)) || everyDistrict
                || (district != null && district.equals(record.district));
    }

    /**
     * The same rule as a JPQL condition on the {@code ServiceRecord} alias {@code r}, putting its parameters
     * in {@code params}; {@code "false"}-like ({@code 1 = 0}) when the caller decides none.
     */
    String condition(Map<String, Object> params) {
        if (everyDistrict) {
            return "1 = 1";
        }
        StringBuilder any = new StringBuilder("(1 = 0");
        if (recorder != null) {
            any.append(" or r.recordedBy = :recorder");
            params.put("recorder", recorder);
        }
        if (district != null) {
            any.append(" or r.district = :district");
            params.put("district", district);
        }
        return any.append(")").toString();
    }
}
