package org.volunteernet.reporting.district.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.events.ActivityCompleted;
import org.volunteernet.events.ActivityCompletedV1;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.OccurrenceCancelled;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.RecordDeadlineMissed;
import org.volunteernet.events.ServiceRecordCorrected;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.projection.service.Projection;
import org.volunteernet.reporting.projection.service.ProjectionSql;

/**
 * Keeps the district figures current, pre-aggregated so that a report reads rows. Hours count in
 * the activity's district, deeds and diary entries in the volunteer's; a volunteer is active in a
 * month with any of them.
 *
 * <p>Events are applied a batch at a time (one event when consuming live, thousands in a rebuild):
 * their changes are added up in memory and written with one statement per table, each row's
 * upsert atomic, so the figures equal those of applying the events one by one. Which volunteers
 * became active in a month is learnt from the rows the volunteer_month upsert created, so two
 * transactions can never both count the same first activity. Rows are written in key order, so
 * concurrent batches lock shared counter rows in the same order and cannot deadlock.
 */
@ApplicationScoped
public class DistrictProjection implements Projection {

    @Inject
    ProjectionSql sql;

    @Inject
    NetworkCalendar calendar;

    @Override
    public void apply(List<ReceivedEvent> events) {
        Changes changes = new Changes();
        List<ServiceRecordCreated> created = new ArrayList<>();
        List<ServiceRecordCorrected> corrected = new ArrayList<>();
        List<StarLevelReached> stars = new ArrayList<>();
        List<RecordDeadlineMissed> missedDeadlines = new ArrayList<>();
        List<UUID> closed = new ArrayList<>();
        List<VolunteerRegistered> registrations = new ArrayList<>();
        for (ReceivedEvent event : events) {
            // ActivityCompleted.v1 (superseded, still on the topic) counts as its v2: the same figures, no name
            Object data = event.data() instanceof ActivityCompletedV1 legacy ? legacy.current() : event.data();
            if (data instanceof VolunteerRegistered registered) {
                registrations.add(registered);
                LocalDate day = calendar.dateOf(registered.registeredAt());
                changes.registrations.merge(new DistrictYear(registered.district(), day.getYear()), 1, Integer::sum);
                changes.districtMonth(registered.district(), day).registrations++;
            } else if (data instanceof DeedRecorded deed) {
                VolunteerMonthChange month = changes.volunteerMonth(deed.volunteerId(), deed.district(), deed.date());
                DistrictMonthChange district = changes.districtMonth(deed.district(), deed.date());
                if (deed.verified()) {
                    month.witnessed++;
                    district.witnessed++;
                } else {
                    month.self++;
                    district.self++;
                }
            } else if (data instanceof DeedWithdrawn withdrawn) {
                // issue 15: a withdrawn deed no longer counts (the month stays active: the volunteer did write)
                VolunteerMonthChange month = changes.volunteerMonth(withdrawn.volunteerId(), withdrawn.district(), withdrawn.date());
                DistrictMonthChange district = changes.districtMonth(withdrawn.district(), withdrawn.date());
                if (withdrawn.verified()) {
                    month.witnessed--;
                    district.witnessed--;
                } else {
                    month.self--;
                    district.self--;
                }
            } else if (data instanceof DiaryEntryWritten entry) {
                changes.volunteerMonth(entry.volunteerId(), entry.district(), entry.date()).diaryEntries++;
            } else if (data instanceof ServiceRecordCreated record) {
                created.add(record);
            } else if (data instanceof ServiceRecordCorrected correction) {
                corrected.add(correction);
            } else if (data instanceof StarLevelReached star) {
                stars.add(star);
            } else if (data instanceof RecordDeadlineMissed missed) {
                missedDeadlines.add(missed);
            } else if (data instanceof ActivityCompleted completed) {
                closed.add(completed.occurrenceId());
            } else if (data instanceof OccurrenceClosed closing) {
                closed.add(closing.occurrenceId()); // cancelled (with or without seat holders) or held with nobody
            } else if (data instanceof OccurrenceCancelled cancelled) {
                closed.add(cancelled.occurrenceId()); // events from before OccurrenceClosed existed
            }
        }
        overdue(missedDeadlines, closed, changes);
        accounts(registrations);
        recordsCreated(created, changes);
        recordsCorrected(corrected, changes); // after the creations: a record created and corrected in one batch is moved
        activeVolunteers(changes);
        starLevels(stars, changes);
        writeCounters(changes);
    }

    /**
     * Overdue (issue 15, the definition activity-service's GET /occurrences/overdue shares): an occurrence counts in
     * district_overdue for the district and year of its end from its RecordDeadlineMissed (not recorded within 10
     * working days, Decree 67 Art. 11) until it is recorded (ActivityCompleted) or closed without a record
     * (OccurrenceClosed: cancelled or held with nobody). Each occurrence has one
     * overdue_occurrence row; the closing marks it, so the order in which the events arrive does not matter.
     */
    private void overdue(List<RecordDeadlineMissed> missed, List<UUID> closed, Changes changes) {
        for (Object[] row : sql.unnest("""
                INSERT INTO overdue_occurrence (occurrence_id, district, year)
                SELECT o::uuid, d, y FROM unnest(?::text[], ?::text[], ?::int4[]) AS m(o, d, y)
                ON CONFLICT DO NOTHING RETURNING district, year""",
                missed.stream().map(RecordDeadlineMissed::occurrenceId).toArray(UUID[]::new),
                missed.stream().map(RecordDeadlineMissed::district).toArray(String[]::new),
                missed.stream().map(m -> calendar.dateOf(m.endedAt()).getYear()).toArray(Integer[]::new))) {
            changes.overdue.merge(new DistrictYear((String) row[0], ((Number) row[1]).intValue()), 1, Integer::sum);
        }
        for (Object[] row : sql.unnest("""
                INSERT INTO overdue_occurrence (occurrence_id, closed)
                SELECT DISTINCT o::uuid, TRUE FROM unnest(?::text[]) AS c(o)
                ON CONFLICT (occurrence_id) DO UPDATE SET closed = TRUE WHERE NOT overdue_occurrence.closed
                RETURNING district, year""",
                closed.toArray(UUID[]::new))) {
            if (row[0] != null) { // a missed deadline closed: no longer overdue
                changes.overdue.merge(new DistrictYear((String) row[0], ((Number) row[1]).intValue()), -1, Integer::sum);
            }
        }
    }

    private void accounts(List<VolunteerRegistered> registrations) {
        sql.unnest("""
                INSERT INTO volunteer_account (volunteer_id, district, account_subject)
                SELECT v::uuid, d, s FROM unnest(?::text[], ?::text[], ?::text[]) AS r(v, d, s) ON CONFLICT DO NOTHING""",
                registrations.stream().map(VolunteerRegistered::volunteerId).toArray(UUID[]::new),
                registrations.stream().map(VolunteerRegistered::district).toArray(String[]::new),
                registrations.stream().map(VolunteerRegistered::accountSubject).toArray(String[]::new));
    }

    /** A record is counted once, whatever event announced it: the hours of the records record_hours did not have yet. */
    private void recordsCreated(List<ServiceRecordCreated> created, Changes changes) {
        List<Object[]> counted = sql.unnest("""
                INSERT INTO record_hours (record_id, volunteer_id, district, service_date, hours, brand_id)
                SELECT r::uuid, v::uuid, d, s::date, h::numeric, b::uuid
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS c(r, v, d, s, h, b)
                ON CONFLICT DO NOTHING RETURNING record_id""",
                created.stream().map(ServiceRecordCreated::recordId).toArray(UUID[]::new),
                created.stream().map(ServiceRecordCreated::volunteerId).toArray(UUID[]::new),
                created.stream().map(ServiceRecordCreated::district).toArray(String[]::new),
                created.stream().map(ServiceRecordCreated::date).toArray(LocalDate[]::new),
                created.stream().map(ServiceRecordCreated::hours).toArray(BigDecimal[]::new),
                created.stream().map(ServiceRecordCreated::brandId).toArray(UUID[]::new));
        Set<Object> fresh = new HashSet<>();
        counted.forEach(row -> fresh.add(row[0]));
        for (ServiceRecordCreated record : created) {
            if (fresh.remove(record.recordId())) { // the first event of a record in the batch is the one inserted
                changes.hours(record.volunteerId(), record.district(), record.date(), record.hours(), record.brandId());
            }
        }
    }

    /** Moves exactly what was counted for a record to its corrected date and hours; a record never counted has nothing to move. */
    private void recordsCorrected(List<ServiceRecordCorrected> corrections, Changes changes) {
        if (corrections.isEmpty()) {
            return;
        }
        Map<UUID, Object[]> counted = new HashMap<>();
        for (Object[] row : sql.unnest("""
                SELECT record_id, service_date::text, hours, brand_id FROM record_hours
                WHERE record_id = ANY (?::text[]::uuid[]) ORDER BY record_id FOR UPDATE""",
                corrections.stream().map(ServiceRecordCorrected::recordId).distinct().toArray(UUID[]::new))) {
            counted.put((UUID) row[0], new Object[] {LocalDate.parse((String) row[1]), row[2], row[3]});
        }
        Map<UUID, Object[]> moved = new LinkedHashMap<>();
        for (ServiceRecordCorrected correction : corrections) {
            Object[] before = counted.get(correction.recordId());
            if (before == null) {
                continue;
            }
            UUID brand = (UUID) before[2];
            changes.hours(correction.volunteerId(), correction.district(), (LocalDate) before[0], ((BigDecimal) before[1]).negate(), brand);
            changes.hours(correction.volunteerId(), correction.district(), correction.date(), correction.hours(), brand);
            Object[] after = {correction.date(), correction.hours(), brand};
            counted.put(correction.recordId(), after);
            moved.put(correction.recordId(), after);
        }
        sql.unnest("""
                UPDATE record_hours SET service_date = c.s::date, hours = c.h::numeric
                FROM unnest(?::text[], ?::text[], ?::text[]) AS c(r, s, h) WHERE record_id = c.r::uuid""",
                moved.keySet().toArray(UUID[]::new),
                moved.values().stream().map(v -> v[0]).toArray(LocalDate[]::new),
                moved.values().stream().map(v -> v[1]).toArray(BigDecimal[]::new));
    }

    /**
     * Adds the batch's activity to volunteer_month; the rows this creates are volunteers' first
     * activity in a month. Those make them active volunteers of the month and move them from
     * "active in n months" to n + k in the months-active and March retention counters.
     */
    private void activeVolunteers(Changes changes) {
        List<VolunteerMonthChange> months = new ArrayList<>(changes.volunteerMonths.values());
        months.sort(Comparator.comparing((VolunteerMonthChange c) -> c.key.district).thenComparing(c -> c.key.year)
                .thenComparing(c -> c.key.volunteer).thenComparing(c -> c.key.month));
        List<Object[]> createdRows = sql.unnest("""
                INSERT INTO volunteer_month (volunteer_id, district, year, month, hours, deeds_self, deeds_witnessed, diary_entries)
                SELECT v::uuid, d, y, m, h::numeric, s, w, e
                FROM unnest(?::text[], ?::text[], ?::int4[], ?::int4[], ?::text[], ?::int4[], ?::int4[], ?::int4[]) AS c(v, d, y, m, h, s, w, e)
                ON CONFLICT (district, year, volunteer_id, month) DO UPDATE SET hours = volunteer_month.hours + EXCLUDED.hours,
                    deeds_self = volunteer_month.deeds_self + EXCLUDED.deeds_self,
                    deeds_witnessed = volunteer_month.deeds_witnessed + EXCLUDED.deeds_witnessed,
                    diary_entries = volunteer_month.diary_entries + EXCLUDED.diary_entries
                RETURNING volunteer_id, district, year, month, (xmax = 0)""",
                months.stream().map(c -> c.key.volunteer).toArray(UUID[]::new),
                months.stream().map(c -> c.key.district).toArray(String[]::new),
                months.stream().map(c -> c.key.year).toArray(Integer[]::new),
                months.stream().map(c -> c.key.month).toArray(Integer[]::new),
                months.stream().map(c -> c.hours).toArray(BigDecimal[]::new),
                months.stream().map(c -> c.self).toArray(Integer[]::new),
                months.stream().map(c -> c.witnessed).toArray(Integer[]::new),
                months.stream().map(c -> c.diaryEntries).toArray(Integer[]::new));
        // the months each volunteer became active in, by district and year, as bits (bit 0 = January)
        Map<VolunteerYear, Integer> newBits = new TreeMap<>();
        for (Object[] row : createdRows) {
            if (!(Boolean) row[4]) {
                continue;
            }
            String district = (String) row[1];
            int year = ((Number) row[2]).intValue();
            int month = ((Number) row[3]).intValue();
            changes.districtMonth(district, LocalDate.of(year, month, 1)).active++;
            newBits.merge(new VolunteerYear(district, year, (UUID) row[0]), 1 << (month - 1), (a, b) -> a | b);
        }
        List<VolunteerYear> years = new ArrayList<>(newBits.keySet());
        List<Object[]> masks = sql.unnest("""
                INSERT INTO volunteer_year (district, year, volunteer_id, months_mask)
                SELECT d, y, v::uuid, m FROM unnest(?::text[], ?::int4[], ?::text[], ?::int4[]) AS c(d, y, v, m)
                ON CONFLICT (district, year, volunteer_id) DO UPDATE SET months_mask = volunteer_year.months_mask | EXCLUDED.months_mask
                RETURNING district, year, volunteer_id, months_mask""",
                years.stream().map(VolunteerYear::district).toArray(String[]::new),
                years.stream().map(VolunteerYear::year).toArray(Integer[]::new),
                years.stream().map(VolunteerYear::volunteer).toArray(UUID[]::new),
                years.stream().map(newBits::get).toArray(Integer[]::new));
        for (Object[] row : masks) {
            String district = (String) row[0];
            int year = ((Number) row[1]).intValue();
            int now = ((Number) row[3]).intValue();
            int before = now & ~newBits.get(new VolunteerYear(district, year, (UUID) row[2])); // those bits were not set: their rows were just created
            DistrictYear key = new DistrictYear(district, year);
            if (before != 0) {
                changes.monthsActive.merge(new MonthsActive(district, year, Integer.bitCount(before)), -1, Integer::sum);
            }
            changes.monthsActive.merge(new MonthsActive(district, year, Integer.bitCount(now)), 1, Integer::sum);
            int[] retention = changes.retention.computeIfAbsent(key, k -> new int[2]);
            retention[0] += (firstActiveInMarch(now) ? 1 : 0) - (firstActiveInMarch(before) ? 1 : 0);
            retention[1] += (activeAgainFromMay(now) ? 1 : 0) - (activeAgainFromMay(before) ? 1 : 0);
        }
    }

    /**
     * A volunteer counts once, at the highest level reached, in the district of their latest star
     * event; the district's counters move with them. One volunteer's events come in order on one
     * partition; the rows read here are locked until the batch commits.
     */
    private void starLevels(List<StarLevelReached> stars, Changes changes) {
        if (stars.isEmpty()) {
            return;
        }
        Map<UUID, Object[]> current = new HashMap<>();
        for (Object[] row : sql.unnest("""
                SELECT volunteer_id, district, level FROM volunteer_star
                WHERE volunteer_id = ANY (?::text[]::uuid[]) ORDER BY volunteer_id FOR UPDATE""",
                stars.stream().map(StarLevelReached::volunteerId).distinct().toArray(UUID[]::new))) {
            current.put((UUID) row[0], new Object[] {row[1], ((Number) row[2]).intValue()});
        }
        Map<UUID, Object[]> changed = new TreeMap<>();
        for (StarLevelReached star : stars) {
            Object[] before = current.get(star.volunteerId());
            int level = Math.max(before == null ? 0 : (int) before[1], star.level());
            if (before != null && star.district().equals(before[0]) && level == (int) before[1]) {
                continue; // already counted there, at that level or higher
            }
            if (before != null) {
                changes.starLevels.merge(new StarLevel((String) before[0], (int) before[1]), -1, Integer::sum);
            }
            changes.starLevels.merge(new StarLevel(star.district(), level), 1, Integer::sum);
            Object[] after = {star.district(), level};
            current.put(star.volunteerId(), after);
            changed.put(star.volunteerId(), after);
        }
        sql.unnest("""
                INSERT INTO volunteer_star (volunteer_id, district, level)
                SELECT v::uuid, d, l FROM unnest(?::text[], ?::text[], ?::int4[]) AS s(v, d, l)
                ON CONFLICT (volunteer_id) DO UPDATE SET level = EXCLUDED.level, district = EXCLUDED.district""",
                changed.keySet().toArray(UUID[]::new),
                changed.values().stream().map(v -> v[0]).toArray(String[]::new),
                changed.values().stream().map(v -> (Integer) v[1]).toArray(Integer[]::new));
    }

    /** Active in March and in no month before it. */
    static boolean firstActiveInMarch(int mask) {
        return (mask & 0b111) == 0b100;
    }

    /** First active in March and active again in May or later. */
    static boolean activeAgainFromMay(int mask) {
        return firstActiveInMarch(mask) && mask >= 0b10000;
    }

    private void writeCounters(Changes changes) {
        List<DistrictMonthChange> months = new ArrayList<>(new TreeMap<>(changes.districtMonths).values());
        sql.unnest("""
                INSERT INTO district_month (district, year, month, hours, deeds_self, deeds_witnessed, active_volunteers, new_registrations)
                SELECT d, y, m, h::numeric, s, w, a, r
                FROM unnest(?::text[], ?::int4[], ?::int4[], ?::text[], ?::int4[], ?::int4[], ?::int4[], ?::int4[]) AS c(d, y, m, h, s, w, a, r)
                ON CONFLICT (district, year, month) DO UPDATE SET hours = district_month.hours + EXCLUDED.hours,
                    deeds_self = district_month.deeds_self + EXCLUDED.deeds_self,
                    deeds_witnessed = district_month.deeds_witnessed + EXCLUDED.deeds_witnessed,
                    active_volunteers = district_month.active_volunteers + EXCLUDED.active_volunteers,
                    new_registrations = district_month.new_registrations + EXCLUDED.new_registrations""",
                months.stream().map(c -> c.key.district()).toArray(String[]::new),
                months.stream().map(c -> c.key.year()).toArray(Integer[]::new),
                months.stream().map(c -> c.key.month()).toArray(Integer[]::new),
                months.stream().map(c -> c.hours).toArray(BigDecimal[]::new),
                months.stream().map(c -> c.self).toArray(Integer[]::new),
                months.stream().map(c -> c.witnessed).toArray(Integer[]::new),
                months.stream().map(c -> c.active).toArray(Integer[]::new),
                months.stream().map(c -> c.registrations).toArray(Integer[]::new));
        addUp("district_registrations", "registered", changes.registrations);
        addUp("district_overdue", "missed", changes.overdue);
        Map<MonthsActive, Integer> monthsActive = new TreeMap<>(changes.monthsActive);
        monthsActive.values().removeIf(v -> v == 0);
        sql.unnest("""
                INSERT INTO district_months_active (district, year, months_active, volunteers)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[], ?::int4[])
                ON CONFLICT (district, year, months_active) DO UPDATE SET volunteers = district_months_active.volunteers + EXCLUDED.volunteers""",
                monthsActive.keySet().stream().map(MonthsActive::district).toArray(String[]::new),
                monthsActive.keySet().stream().map(MonthsActive::year).toArray(Integer[]::new),
                monthsActive.keySet().stream().map(MonthsActive::months).toArray(Integer[]::new),
                monthsActive.values().toArray(Integer[]::new));
        Map<DistrictYear, int[]> retention = new TreeMap<>(changes.retention);
        retention.values().removeIf(v -> v[0] == 0 && v[1] == 0);
        sql.unnest("""
                INSERT INTO district_march_retention (district, year, first_active_in_march, active_again_from_may)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[], ?::int4[]) ON CONFLICT (district, year) DO UPDATE SET
                    first_active_in_march = district_march_retention.first_active_in_march + EXCLUDED.first_active_in_march,
                    active_again_from_may = district_march_retention.active_again_from_may + EXCLUDED.active_again_from_may""",
                retention.keySet().stream().map(DistrictYear::district).toArray(String[]::new),
                retention.keySet().stream().map(DistrictYear::year).toArray(Integer[]::new),
                retention.values().stream().map(v -> v[0]).toArray(Integer[]::new),
                retention.values().stream().map(v -> v[1]).toArray(Integer[]::new));
        Map<BrandMonth, BigDecimal> brandHours = new TreeMap<>(changes.brandHours);
        sql.unnest("""
                INSERT INTO brand_month (brand_id, year, month, hours)
                SELECT b::uuid, y, m, h::numeric FROM unnest(?::text[], ?::int4[], ?::int4[], ?::text[]) AS c(b, y, m, h)
                ON CONFLICT (brand_id, year, month) DO UPDATE SET hours = brand_month.hours + EXCLUDED.hours""",
                brandHours.keySet().stream().map(BrandMonth::brand).toArray(UUID[]::new),
                brandHours.keySet().stream().map(BrandMonth::year).toArray(Integer[]::new),
                brandHours.keySet().stream().map(BrandMonth::month).toArray(Integer[]::new),
                brandHours.values().toArray(BigDecimal[]::new));
        Map<StarLevel, Integer> stars = new TreeMap<>(changes.starLevels);
        stars.values().removeIf(v -> v == 0);
        sql.unnest("""
                INSERT INTO district_star_level (district, level, volunteers)
                SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[])
                ON CONFLICT (district, level) DO UPDATE SET volunteers = district_star_level.volunteers + EXCLUDED.volunteers""",
                stars.keySet().stream().map(StarLevel::district).toArray(String[]::new),
                stars.keySet().stream().map(StarLevel::level).toArray(Integer[]::new),
                stars.values().toArray(Integer[]::new));
    }

    /** A (district, year) counter table: adds the batch's counts. */
    private void addUp(String table, String column, Map<DistrictYear, Integer> counts) {
        Map<DistrictYear, Integer> sorted = new TreeMap<>(counts);
        sql.unnest("INSERT INTO " + table + " (district, year, " + column + ") SELECT * FROM unnest(?::text[], ?::int4[], ?::int4[]) "
                + "ON CONFLICT (district, year) DO UPDATE SET " + column + " = " + table + "." + column + " + EXCLUDED." + column,
                sorted.keySet().stream().map(DistrictYear::district).toArray(String[]::new),
                sorted.keySet().stream().map(DistrictYear::year).toArray(Integer[]::new),
                sorted.values().toArray(Integer[]::new));
    }

    record DistrictYear(String district, int year) implements Comparable<DistrictYear> {
        public int compareTo(DistrictYear o) {
            return Comparator.comparing(DistrictYear::district).thenComparingInt(DistrictYear::year).compare(this, o);
        }
    }

    record DistrictMonth(String district, int year, int month) implements Comparable<DistrictMonth> {
        public int compareTo(DistrictMonth o) {
            return Comparator.comparing(DistrictMonth::district).thenComparingInt(DistrictMonth::year)
                    .thenComparingInt(DistrictMonth::month).compare(this, o);
        }
    }

    record VolunteerYear(String district, int year, UUID volunteer) implements Comparable<VolunteerYear> {
        public int compareTo(VolunteerYear o) {
            return Comparator.comparing(VolunteerYear::district).thenComparingInt(VolunteerYear::year)
                    .thenComparing(VolunteerYear::volunteer).compare(this, o);
        }
    }

    record VolunteerMonth(UUID volunteer, String district, int year, int month) {
    }

    record MonthsActive(String district, int year, int months) implements Comparable<MonthsActive> {
        public int compareTo(MonthsActive o) {
            return Comparator.comparing(MonthsActive::district).thenComparingInt(MonthsActive::year)
                    .thenComparingInt(MonthsActive::months).compare(this, o);
        }
    }

    record BrandMonth(UUID brand, int year, int month) implements Comparable<BrandMonth> {
        public int compareTo(BrandMonth o) {
            return Comparator.comparing(BrandMonth::brand).thenComparingInt(BrandMonth::year).thenComparingInt(BrandMonth::month)
                    .compare(this, o);
        }
    }

    record StarLevel(String district, int level) implements Comparable<StarLevel> {
        public int compareTo(StarLevel o) {
            return Comparator.comparing(StarLevel::district).thenComparingInt(StarLevel::level).compare(this, o);
        }
    }

    static final class VolunteerMonthChange {
        final VolunteerMonth key;
        BigDecimal hours = BigDecimal.ZERO;
        int self;
        int witnessed;
        int diaryEntries;

        VolunteerMonthChange(VolunteerMonth key) {
            this.key = key;
        }
    }

    static final class DistrictMonthChange {
        final DistrictMonth key;
        BigDecimal hours = BigDecimal.ZERO;
        int self;
        int witnessed;
        int active;
        int registrations;

        DistrictMonthChange(DistrictMonth key) {
            this.key = key;
        }
    }

    /** What a batch adds to the tables, summed per row. */
    static final class Changes {
        final Map<VolunteerMonth, VolunteerMonthChange> volunteerMonths = new LinkedHashMap<>();
        final Map<DistrictMonth, DistrictMonthChange> districtMonths = new HashMap<>();
        final Map<DistrictYear, Integer> registrations = new HashMap<>();
        final Map<DistrictYear, Integer> overdue = new HashMap<>();
        final Map<MonthsActive, Integer> monthsActive = new HashMap<>();
        final Map<DistrictYear, int[]> retention = new HashMap<>();
        final Map<BrandMonth, BigDecimal> brandHours = new HashMap<>();
        final Map<StarLevel, Integer> starLevels = new HashMap<>();

        VolunteerMonthChange volunteerMonth(UUID volunteer, String district, LocalDate day) {
            return volunteerMonths.computeIfAbsent(new VolunteerMonth(volunteer, district, day.getYear(), day.getMonthValue()),
                    VolunteerMonthChange::new);
        }

        DistrictMonthChange districtMonth(String district, LocalDate day) {
            return districtMonths.computeIfAbsent(new DistrictMonth(district, day.getYear(), day.getMonthValue()), DistrictMonthChange::new);
        }

        /** Verified hours: the volunteer's month, the district's month and, under a brand, the brand's month. */
        void hours(UUID volunteer, String district, LocalDate day, BigDecimal hours, UUID brand) {
            VolunteerMonthChange month = volunteerMonth(volunteer, district, day);
            month.hours = month.hours.add(hours);
            DistrictMonthChange districtMonth = districtMonth(district, day);
            districtMonth.hours = districtMonth.hours.add(hours);
            if (brand != null) {
                brandHours.merge(new BrandMonth(brand, day.getYear(), day.getMonthValue()), hours, BigDecimal::add);
            }
        }
    }
}
