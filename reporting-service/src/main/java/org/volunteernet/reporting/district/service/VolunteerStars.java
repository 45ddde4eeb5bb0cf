package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.reporting.district.service.DistrictChanges.StarLevel;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * The writer of {@code volunteer_star}: each volunteer's highest star level and the district of
 * their latest star event, where they count. One volunteer's events come in order on one
 * partition; the rows read here are locked until the batch commits.
 */
@ApplicationScoped
class VolunteerStars {

    /** Where a volunteer counts in the star-level figures. */
    record Holding(String district, int level) {
    }

    @Inject
    ProjectionSql sql;

    void apply(List<StarLevelReached> stars, DistrictChanges changes) {
        if (stars.isEmpty()) {
            return;
        }
        Map<UUID, Holding> current = new HashMap<>();
        for (Object[] row : sql.unnest("""
                SELECT volunteer_id, district, level FROM volunteer_star
                WHERE volunteer_id = ANY (?::text[]::uuid[]) ORDER BY volunteer_id FOR UPDATE""",
                stars.stream().map(StarLevelReached::volunteerId).distinct().toArray(UUID[]::new))) {
            current.put((UUID) row[0], new Holding((String) row[1], ((Number) row[2]).intValue()));
        }
        Map<UUID, Holding> changed = move(current, stars, changes);
        sql.unnest("""
                INSERT INTO volunteer_star (volunteer_id, district, level)
                SELECT v::uuid, d, l FROM unnest(?::text[], ?::text[], ?::int4[]) AS s(v, d, l)
                ON CONFLICT (volunteer_id) DO UPDATE SET level = EXCLUDED.level, district = EXCLUDED.district""",
                changed.keySet().toArray(UUID[]::new),
                changed.values().stream().map(Holding::district).toArray(String[]::new),
                changed.values().stream().map(Holding::level).toArray(Integer[]::new));
    }

    /**
     * Pure: moves volunteers between the district star-level counters. A volunteer counts once, at
     * the highest level reached (a lower level arriving later never lowers it), in the district of
     * their latest star event. Returns the holdings that changed, by volunteer in id order.
     */
    static Map<UUID, Holding> move(Map<UUID, Holding> current, List<StarLevelReached> stars, DistrictChanges changes) {
        Map<UUID, Holding> holdings = new HashMap<>(current);
        Map<UUID, Holding> changed = new TreeMap<>();
        for (StarLevelReached star : stars) {
            Holding before = holdings.get(star.volunteerId());
            int level = Math.max(before == null ? 0 : before.level(), star.level());
            Holding after = new Holding(star.district(), level);
            if (after.equals(before)) {
                continue; // already counted there, at that level or higher
            }
            if (before != null) {
                changes.starLevels.merge(new StarLevel(before.district(), before.level()), -1, Integer::sum);
            }
            changes.starLevels.merge(new StarLevel(after.district(), after.level()), 1, Integer::sum);
            holdings.put(star.volunteerId(), after);
            changed.put(star.volunteerId(), after);
        }
        return changed;
    }
}
