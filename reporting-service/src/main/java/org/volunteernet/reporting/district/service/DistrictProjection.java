package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.projection.service.Projection;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * Keeps the district figures current, pre-aggregated so that a report reads rows. Each event is
 * applied once, in the same transaction as its inbox row. Hours count in the activity's district,
 * deeds and diary entries in the volunteer's; a volunteer is active in a month with any of them.
 */
@ApplicationScoped
public class DistrictProjection implements Projection {

    @Inject
    ProjectionSql sql;

    @Inject
    NetworkCalendar calendar;

    @Override
    public void apply(ReceivedEvent event) {
        Object data = event.data();
        if (data instanceof VolunteerRegistered registered) {
            sql.update("""
                    INSERT INTO volunteer_account (volunteer_id, district, account_subject) VALUES (?1, ?2, ?3)
                    ON CONFLICT DO NOTHING""", registered.volunteerId(), registered.district(), registered.accountSubject());
            LocalDate day = calendar.dateOf(registered.registeredAt());
            sql.update("""
                    INSERT INTO district_registrations (district, year, registered) VALUES (?1, ?2, 1)
                    ON CONFLICT (district, year) DO UPDATE SET registered = district_registrations.registered + 1""",
                    registered.district(), day.getYear());
            districtMonth(registered.district(), day, "new_registrations = district_month.new_registrations + 1",
                    "new_registrations", 1);
        } else if (data instanceof DeedRecorded deed) {
            String column = deed.verified() ? "deeds_witnessed" : "deeds_self";
            activity(deed.volunteerId(), deed.district(), deed.date(), BigDecimal.ZERO, column);
            districtMonth(deed.district(), deed.date(), column + " = district_month." + column + " + 1", column, 1);
        } else if (data instanceof DiaryEntryWritten entry) {
            activity(entry.volunteerId(), entry.district(), entry.date(), BigDecimal.ZERO, "diary_entries");
        } else if (data instanceof ServiceRecordCreated record) {
            int counted = sql.update("""
                    INSERT INTO record_hours (record_id, volunteer_id, district, service_date, hours, brand_id)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""",
                    record.recordId(), record.volunteerId(), record.district(), record.date(), record.hours(), record.brandId());
            if (counted == 1) { // a record is counted once, whatever event announced it
                addHours(record.volunteerId(), record.district(), record.date(), record.hours(), record.brandId());
            }
        } else if (data instanceof ServiceRecordCorrected corrected) {
            List<Object[]> counted = sql.rows(
                    "SELECT service_date, hours, brand_id FROM record_hours WHERE record_id = ?1 FOR UPDATE", corrected.recordId());
            if (counted.isEmpty()) {
                return; // a record this projection never counted has nothing to move
            }
            LocalDate previousDate = (LocalDate) counted.get(0)[0];
            BigDecimal previousHours = (BigDecimal) counted.get(0)[1];
            UUID brand = (UUID) counted.get(0)[2];
            addHours(corrected.volunteerId(), corrected.district(), previousDate, previousHours.negate(), brand);
            addHours(corrected.volunteerId(), corrected.district(), corrected.date(), corrected.hours(), brand);
            sql.update("UPDATE record_hours SET service_date = ?2, hours = ?3 WHERE record_id = ?1",
                    corrected.recordId(), corrected.date(), corrected.hours());
        } else if (data instanceof StarLevelReached star) {
            starLevel(star);
        } else if (data instanceof RecordDeadlineMissed missed) {
            sql.update("""
                    INSERT INTO district_overdue (district, year, missed) VALUES (?1, ?2, 1)
                    ON CONFLICT (district, year) DO UPDATE SET missed = district_overdue.missed + 1""",
                    missed.district(), calendar.dateOf(missed.endedAt()).getYear());
        }
    }

    /**
     * A volunteer counts once, at the highest level reached, in the district of their latest star
     * event; the district's counters move with them. One volunteer's events come in order on one
     * partition, so the row read here is not changed underneath.
     */
    private void starLevel(StarLevelReached star) {
        List<Object[]> before = sql.rows("SELECT district, level FROM volunteer_star WHERE volunteer_id = ?1 FOR UPDATE",
                star.volunteerId());
        String previousDistrict = before.isEmpty() ? null : (String) before.get(0)[0];
        int previousLevel = before.isEmpty() ? 0 : ((Number) before.get(0)[1]).intValue();
        int level = Math.max(previousLevel, star.level());
        if (star.district().equals(previousDistrict) && level == previousLevel) {
            return; // already counted there, at that level or higher
        }
        sql.update("""
                INSERT INTO volunteer_star (volunteer_id, district, level) VALUES (?1, ?2, ?3)
                ON CONFLICT (volunteer_id) DO UPDATE SET level = EXCLUDED.level, district = EXCLUDED.district""",
                star.volunteerId(), star.district(), level);
        if (previousDistrict != null) {
            starCounter(previousDistrict, previousLevel, -1);
        }
        starCounter(star.district(), level, 1);
    }

    private void starCounter(String district, int level, int change) {
        sql.update("""
                INSERT INTO district_star_level (district, level, volunteers) VALUES (?1, ?2, ?3)
                ON CONFLICT (district, level) DO UPDATE SET volunteers = district_star_level.volunteers + EXCLUDED.volunteers""",
                district, level, change);
    }

    private void addHours(UUID volunteerId, String district, LocalDate day, BigDecimal hours, UUID brandId) {
        activity(volunteerId, district, day, hours, null);
        sql.update("""
                INSERT INTO district_month (district, year, month, hours) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (district, year, month) DO UPDATE SET hours = district_month.hours + EXCLUDED.hours""",
                district, day.getYear(), day.getMonthValue(), hours);
        if (brandId != null) {
            sql.update("""
                    INSERT INTO brand_month (brand_id, year, month, hours) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (brand_id, year, month) DO UPDATE SET hours = brand_month.hours + EXCLUDED.hours""",
                    brandId, day.getYear(), day.getMonthValue(), hours);
        }
    }

    /** Records activity of a volunteer in a month; the first activity of that month makes them an active volunteer. */
    private void activity(UUID volunteerId, String district, LocalDate day, BigDecimal hours, String counter) {
        String increments = counter == null ? "" : ", " + counter + " = volunteer_month." + counter + " + 1";
        boolean firstThisMonth = (Boolean) sql.value("""
                INSERT INTO volunteer_month (volunteer_id, district, year, month, hours%s) VALUES (?1, ?2, ?3, ?4, ?5%s)
                ON CONFLICT (district, year, volunteer_id, month) DO UPDATE SET hours = volunteer_month.hours + EXCLUDED.hours%s
                RETURNING (xmax = 0)""".formatted(counter == null ? "" : ", " + counter, counter == null ? "" : ", 1", increments),
                volunteerId, district, day.getYear(), day.getMonthValue(), hours);
        if (firstThisMonth) {
            districtMonth(district, day, "active_volunteers = district_month.active_volunteers + 1", "active_volunteers", 1);
            activeMonths(volunteerId, district, day);
        }
    }

    /**
     * A volunteer's first activity in a month of the year: moves them from "active in n months" to
     * n + 1, and keeps the March retention counters (first active in March; active again from May).
     * The month's bit was not set before: its volunteer_month row has just been created.
     */
    private void activeMonths(UUID volunteerId, String district, LocalDate day) {
        int bit = 1 << (day.getMonthValue() - 1);
        int now = ((Number) sql.value("""
                INSERT INTO volunteer_year (district, year, volunteer_id, months_mask) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (district, year, volunteer_id) DO UPDATE SET months_mask = volunteer_year.months_mask | EXCLUDED.months_mask
                RETURNING months_mask""", district, day.getYear(), volunteerId, bit)).intValue();
        int before = now & ~bit;
        if (before != 0) {
            monthsActive(district, day.getYear(), Integer.bitCount(before), -1);
        }
        monthsActive(district, day.getYear(), Integer.bitCount(now), 1);
        int firstInMarch = (firstActiveInMarch(now) ? 1 : 0) - (firstActiveInMarch(before) ? 1 : 0);
        int back = (activeAgainFromMay(now) ? 1 : 0) - (activeAgainFromMay(before) ? 1 : 0);
        if (firstInMarch != 0 || back != 0) {
            sql.update("""
                    INSERT INTO district_march_retention (district, year, first_active_in_march, active_again_from_may)
                    VALUES (?1, ?2, ?3, ?4) ON CONFLICT (district, year) DO UPDATE SET
                        first_active_in_march = district_march_retention.first_active_in_march + EXCLUDED.first_active_in_march,
                        active_again_from_may = district_march_retention.active_again_from_may + EXCLUDED.active_again_from_may""",
                    district, day.getYear(), firstInMarch, back);
        }
    }

    /** Active in March and in no month before it. */
    static boolean firstActiveInMarch(int mask) {
        return (mask & 0b111) == 0b100;
    }

    /** First active in March and active again in May or later. */
    static boolean activeAgainFromMay(int mask) {
        return firstActiveInMarch(mask) && mask >= 0b10000;
    }

    private void monthsActive(String district, int year, int months, int change) {
        sql.update("""
                INSERT INTO district_months_active (district, year, months_active, volunteers) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (district, year, months_active) DO UPDATE SET volunteers = district_months_active.volunteers + EXCLUDED.volunteers""",
                district, year, months, change);
    }

    private void districtMonth(String district, LocalDate day, String update, String column, int value) {
        sql.update("INSERT INTO district_month (district, year, month, " + column + ") VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT (district, year, month) DO UPDATE SET " + update,
                district, day.getYear(), day.getMonthValue(), value);
    }
}
