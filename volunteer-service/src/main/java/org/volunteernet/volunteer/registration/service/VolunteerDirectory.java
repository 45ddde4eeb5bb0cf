package org.volunteernet.volunteer.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.volunteer.privacy.IdNumberProtector;
import org.volunteernet.volunteer.registration.domain.NameQuery;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/**
 * Finding volunteers: the district offices' search, with the district rules. Every fault in a filter or cursor is
 * a 400 naming it.
 */
@ApplicationScoped
@Transactional
public class VolunteerDirectory {

    @Inject
    IdNumberProtector idNumbers;

    /**
     * District offices search their district; city-wide admins any district or all. Filters combine (and):
     * a substring of the name ({@link NameQuery}), the exact volunteer number, the phone number (normalised to
     * E.164 as at registration), the exact ID number (through its blind index: the number itself is never
     * compared or kept), a skill. A name is matched with ILIKE on the district's rows, ordered by the
     * district index; without pg_trgm a city-wide name search without district reads more rows, bounded by
     * the page.
     */
    public Page<Volunteer> search(VolunteerSearch search, int limit, String cursor, CurrentUser caller) {
        String scope = search.district();
        if (!caller.isCityWide()) {
            scope = scope != null ? scope : caller.district().orElseThrow(
                    () -> ProblemException.forbidden("Your account has no district"));
            caller.requireDistrict(scope);
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            query.append(" and district = :district");
            params.put("district", scope);
        }
        if (search.name() != null) {
            String term;
            try {
                term = NameQuery.normalize(search.name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("name", e.getMessage());
            }
            query.append(" and lower(name) like lower(:name) escape '\\'");
            params.put("name", NameQuery.containsPattern(term));
        }
        if (search.volunteerNumber() != null) {
            query.append(" and volunteerNumber = :number");
            params.put("number", search.volunteerNumber().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (search.phone() != null) {
            query.append(" and phone = :phone");
            params.put("phone", RegistrationService.phone(search.phone()));
        }
        if (search.idNumber() != null) {
            String number = IdNumberProtector.normalize(search.idNumber());
            if (!number.matches("[A-Z0-9]{5,32}")) {
                throw ProblemException.invalid("idNumber", "must be 5 to 32 letters and digits");
            }
            query.append(" and idNumberIndex = :idIndex");
            params.put("idIndex", idNumbers.blindIndex(number));
        }
        if (search.skill() != null) {
            query.append(" and array_contains(skills, :skill)");
            params.put("skill", search.skill());
        }
        // the filters as applied (the ID number by its blind index, so that the cursor's digest never hashes it)
        Cursor.Scope pages = Cursor.scope("volunteers", scope, params.get("name"), params.get("number"),
                params.get("phone"), params.get("idIndex"), params.get("skill"));
        Cursor.after(cursor, pages, "registeredAt", "id", query, params);
        List<Volunteer> rows = Volunteer.<Volunteer>find(query + " order by registeredAt, id", params).range(0, limit).list();
        return Page.of(rows, limit, v -> v, v -> Cursor.encode(pages, v.registeredAt, v.id));
    }

    /** The filters of a volunteer search as the caller sent them; null ones are not applied. */
    public record VolunteerSearch(String district, String name, String volunteerNumber, String phone, String idNumber,
            String skill) {
    }
}
