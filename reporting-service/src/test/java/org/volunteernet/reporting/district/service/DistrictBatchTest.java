package org.volunteernet.reporting.district.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DeedWithdrawn;
import org.volunteernet.events.DiaryEntryWritten;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventType;
import org.volunteernet.events.OccurrenceClosed;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.VolunteerRegistered;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictMonth;
import org.volunteernet.reporting.district.service.DistrictChanges.DistrictYear;
import org.volunteernet.reporting.district.service.DistrictChanges.StarLevel;
import org.volunteernet.reporting.district.service.DistrictChanges.VolunteerMonth;
import org.volunteernet.reporting.district.service.VolunteerStars.Holding;

/** The district projection's pure parts, without Quarkus or a database: hand-worked batches. */
@Tag("unit")
class DistrictBatchTest {

    static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");
    static final String XIANGFANG = "230110";
    static final String DAOLI = "230102";

    static ReceivedEvent received(DomainEvent data) {
        return new ReceivedEvent(UUID.randomUUID(), EventType.of(data), "test", "subject", null, OffsetDateTime.now(), data);
    }

    static DeedRecorded deed(UUID volunteer, LocalDate date, boolean witnessed) {
        return new DeedRecorded(UUID.randomUUID(), volunteer, XIANGFANG, date, "COMMUNITY", 30, false, witnessed, null, Instant.EPOCH);
    }

    @Test
    void deedsCountInTheVolunteersDistrictAndMonthWitnessedApartFromSelfReportedAndAWithdrawalTakesOneBack() {
        UUID volunteer = UUID.randomUUID();
        LocalDate march3 = LocalDate.of(2026, 3, 3);
        DeedRecorded witnessed = deed(volunteer, march3, true);
        DistrictBatch batch = DistrictBatch.fold(List.of(
                received(deed(volunteer, march3, false)),
                received(witnessed),
                received(deed(volunteer, LocalDate.of(2026, 3, 31), false)),
                received(new DeedWithdrawn(witnessed.deedId(), volunteer, XIANGFANG, march3, "COMMUNITY", 30, false, true, null, Instant.EPOCH)),
                received(new DiaryEntryWritten(UUID.randomUUID(), volunteer, XIANGFANG, LocalDate.of(2026, 4, 1), 1, 0, 0, false, Instant.EPOCH))),
                HARBIN);

        DistrictChanges.VolunteerMonthChange march = batch.changes().volunteerMonths.get(new VolunteerMonth(volunteer, XIANGFANG, 2026, 3));
        assertThat(march.self).isEqualTo(2);
        assertThat(march.witnessed).isZero();
        assertThat(batch.changes().volunteerMonths.get(new VolunteerMonth(volunteer, XIANGFANG, 2026, 4)).diaryEntries).isEqualTo(1);
        DistrictChanges.DistrictMonthChange district = batch.changes().districtMonths.get(new DistrictMonth(XIANGFANG, 2026, 3));
        assertThat(district.self).isEqualTo(2);
        assertThat(district.witnessed).isZero();
        assertThat(batch.changes().districtMonths).doesNotContainKey(new DistrictMonth(XIANGFANG, 2026, 4)); // diary entries are the volunteer's only
    }

    @Test
    void aRegistrationCountsOnTheNetworksDateNotUtcs() {
        // 2026-12-31T16:30Z is 2027-01-01 00:30 in Harbin: the new year's first registration
        VolunteerRegistered registered = new VolunteerRegistered(UUID.randomUUID(), DAOLI,
                List.of(), List.of(), null, "subject", Instant.parse("2026-12-31T16:30:00Z"));
        DistrictBatch batch = DistrictBatch.fold(List.of(received(registered)), HARBIN);
        assertThat(batch.changes().registrations).containsExactly(Map.entry(new DistrictYear(DAOLI, 2027), 1));
        assertThat(batch.changes().districtMonths.get(new DistrictMonth(DAOLI, 2027, 1)).registrations).isEqualTo(1);
        assertThat(batch.registrations()).containsExactly(registered);
    }

    @Test
    void eventsWhoseEffectDependsOnStoredRowsAreKeptInTheirOrder() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        StarLevelReached one = new StarLevelReached(UUID.randomUUID(), XIANGFANG, 1, new BigDecimal("100"), Instant.EPOCH);
        DistrictBatch batch = DistrictBatch.fold(List.of(
                received(new OccurrenceClosed(first, UUID.randomUUID(), XIANGFANG, null, OccurrenceClosed.Outcome.CANCELLED, Instant.EPOCH)),
                received(one),
                received(new OccurrenceClosed(second, UUID.randomUUID(), XIANGFANG, null, OccurrenceClosed.Outcome.CANCELLED, Instant.EPOCH))),
                HARBIN);
        assertThat(batch.closedOccurrences()).containsExactly(first, second);
        assertThat(batch.starLevels()).containsExactly(one);
        assertThat(batch.changes().districtMonths).isEmpty();
    }

    @Test
    void aVolunteerCountsOnceAtTheHighestLevelInTheDistrictOfTheLatestStarEvent() {
        UUID volunteer = UUID.randomUUID();
        Map<UUID, Holding> stored = new HashMap<>(Map.of(volunteer, new Holding(XIANGFANG, 2)));
        DistrictChanges changes = new DistrictChanges();
        Map<UUID, Holding> changed = VolunteerStars.move(stored, List.of(
                new StarLevelReached(volunteer, XIANGFANG, 1, new BigDecimal("150"), Instant.EPOCH), // lower, late: no change
                new StarLevelReached(volunteer, XIANGFANG, 3, new BigDecimal("600"), Instant.EPOCH), // 2 -> 3
                new StarLevelReached(volunteer, DAOLI, 3, new BigDecimal("620"), Instant.EPOCH)), // moved district
                changes);
        assertThat(changed).containsExactly(Map.entry(volunteer, new Holding(DAOLI, 3)));
        assertThat(changes.starLevels).containsOnly(
                Map.entry(new StarLevel(XIANGFANG, 2), -1),
                Map.entry(new StarLevel(XIANGFANG, 3), 0),
                Map.entry(new StarLevel(DAOLI, 3), 1));
        assertThat(stored).containsExactly(Map.entry(volunteer, new Holding(XIANGFANG, 2))); // the stored rows are not changed by the rule
    }

    @Test
    void marchRetentionReadsTheMonthMask() {
        int march = 1 << 2;
        int may = 1 << 4;
        int february = 1 << 1;
        assertThat(ActiveMonths.firstActiveInMarch(march)).isTrue();
        assertThat(ActiveMonths.firstActiveInMarch(march | february)).isFalse();
        assertThat(ActiveMonths.activeAgainFromMay(march | (1 << 3))).isFalse(); // April is not "again from May"
        assertThat(ActiveMonths.activeAgainFromMay(march | may)).isTrue();
        assertThat(ActiveMonths.activeAgainFromMay(march | (1 << 11))).isTrue(); // December counts

        DistrictChanges changes = new DistrictChanges();
        DistrictYear key = new DistrictYear(XIANGFANG, 2026);
        changes.retention(key, 0, march); // first active in March
        changes.retention(key, march, march | may); // came back in May
        assertThat(changes.retention.get(key)).isEqualTo(new DistrictChanges.Retention(1, 1));
    }
}
