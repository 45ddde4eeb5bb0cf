package org.volunteernet.volunteer.deed.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A volunteer's standing deed minutes on one day (table {@code deed_day_total}), kept beside the deeds so that
 * the day rule ({@link Deed#MAX_MINUTES_A_DAY}) is one statement: the upsert that adds a deed's minutes also
 * locks the day's row until the transaction ends, so two concurrent deeds of one volunteer and day are added
 * one after the other, and a deed refused by the rule rolls its addition back with it.
 */
public final class DeedDayTotal {

    private DeedDayTotal() {
    }

    /**
     * Adds {@code minutes} to the volunteer's day and returns the day's total including them. Must run in the
     * transaction that records the deed.
     */
    public static int add(UUID volunteerId, LocalDate date, int minutes) {
        Number total = (Number) Panache.getEntityManager().createNativeQuery("""
                INSERT INTO deed_day_total (volunteer_id, deed_date, minutes) VALUES (?1, ?2, ?3)
                ON CONFLICT (volunteer_id, deed_date) DO UPDATE SET minutes = deed_day_total.minutes + excluded.minutes
                RETURNING minutes""")
                .setParameter(1, volunteerId).setParameter(2, date).setParameter(3, minutes)
                .getSingleResult();
        return total.intValue();
    }

    /** Takes a withdrawn deed's minutes off its day. */
    public static void subtract(UUID volunteerId, LocalDate date, int minutes) {
        Panache.getEntityManager().createNativeQuery(
                "UPDATE deed_day_total SET minutes = minutes - ?3 WHERE volunteer_id = ?1 AND deed_date = ?2")
                .setParameter(1, volunteerId).setParameter(2, date).setParameter(3, minutes)
                .executeUpdate();
    }
}
