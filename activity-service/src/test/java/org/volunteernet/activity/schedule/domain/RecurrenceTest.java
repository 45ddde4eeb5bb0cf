package org.volunteernet.activity.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.problem.ProblemException;

/** The recurrence rules of issue 15, without booting Quarkus. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class RecurrenceTest {

    static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");
    /** A Wednesday, 09:00 in the network zone. */
    static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, HARBIN);
    static final Instant FAR = WEDNESDAY.plusYears(3).toInstant();

    private static List<ZonedDateTime> all(String rule, ZonedDateTime seed) {
        return Recurrence.parse(rule).firstStarts(seed, FAR, 5000);
    }

    private static void refused(String rule, String mentioning) {
        assertThatThrownBy(() -> Recurrence.parse(rule))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().errors()).singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo("recurrence"));
                    assertThat(e.getMessage()).contains(mentioning);
                });
    }

    @Test
    void dateOnlyUntilIsAcceptedAndInclusiveInTheNetworkZone() {
        List<ZonedDateTime> starts = all("FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219", WEDNESDAY);
        assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 19));
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    void dateOnlyUntilCoversALateEveningStartOfThatDay() {
        ZonedDateTime evening = ZonedDateTime.of(2026, 12, 5, 23, 30, 0, 0, HARBIN); // 15:30 UTC
        assertThat(all("FREQ=DAILY;UNTIL=20261207", evening)).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7));
    }

    @Test
    void utcAndFloatingUntilAreAccepted() {
        assertThat(all("FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T010000Z", WEDNESDAY)).hasSize(4); // 09:00+08 = 01:00Z inclusive
        assertThat(all("FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T085959", WEDNESDAY)).hasSize(3);
        assertThat(all("RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20261219T090000", WEDNESDAY)).hasSize(4);
    }

    @Test
    void countIncludesDtstartEvenWhenItDoesNotMatchTheRule() {
        // RFC 5545 3.3.10: DTSTART always counts as the first occurrence
        assertThat(all("FREQ=WEEKLY;BYDAY=SA;COUNT=2", WEDNESDAY)).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 5));
        assertThat(all("FREQ=WEEKLY;BYDAY=SA;COUNT=1", WEDNESDAY)).containsExactly(WEDNESDAY);
        assertThat(all("FREQ=WEEKLY;BYDAY=WE;COUNT=2", WEDNESDAY)).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9));
    }

    @Test
    void countBelowOneIsRefused() {
        refused("FREQ=WEEKLY;BYDAY=SA;COUNT=0", "COUNT");
        refused("FREQ=WEEKLY;BYDAY=SA;COUNT=-3", "COUNT");
        refused("FREQ=WEEKLY;COUNT=x", "COUNT");
        refused("FREQ=WEEKLY;COUNT=2;UNTIL=20261219", "COUNT and UNTIL");
    }

    @Test
    void outOfRangePartsAreRefusedByName() {
        refused("FREQ=DAILY;INTERVAL=0", "INTERVAL");
        refused("FREQ=DAILY;INTERVAL=-1", "INTERVAL");
        refused("FREQ=DAILY;INTERVAL=1001", "INTERVAL");
        refused("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY");
        refused("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY");
        refused("FREQ=MONTHLY;BYMONTHDAY=1,-32", "BYMONTHDAY");
        refused("FREQ=YEARLY;BYYEARDAY=367", "BYYEARDAY");
        refused("FREQ=YEARLY;BYWEEKNO=54", "BYWEEKNO");
        refused("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS");
        refused("FREQ=YEARLY;BYMONTH=13", "BYMONTH");
        refused("FREQ=YEARLY;BYMONTH=0", "BYMONTH");
        refused("FREQ=MONTHLY;BYDAY=0SA", "BYDAY");
        refused("FREQ=MONTHLY;BYDAY=54SA", "BYDAY");
        refused("FREQ=WEEKLY;WKST=XX", "WKST");
        refused("FREQ=DAILY;BYHOUR=24", "BYHOUR");
        // the ranges' ends and negative counting from the end are fine
        Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=1,31,-1,-31;INTERVAL=1000");
        Recurrence.parse("FREQ=MONTHLY;BYDAY=-1FR,+2SA,SU;BYSETPOS=-1;WKST=SU");
        Recurrence.parse("FREQ=YEARLY;BYMONTH=1,12;BYWEEKNO=53;BYYEARDAY=366,-366");
    }

    @Test
    void subDailyPartsAndFrequenciesAreRefusedByName() {
        refused("FREQ=DAILY;BYHOUR=0,1,2", "BYHOUR");
        refused("FREQ=WEEKLY;BYMINUTE=0,30", "BYMINUTE");
        refused("FREQ=DAILY;BYSECOND=1", "BYSECOND");
        refused("FREQ=HOURLY", "FREQ=HOURLY");
        refused("FREQ=MINUTELY", "FREQ=MINUTELY");
        refused("FREQ=SECONDLY", "FREQ=SECONDLY");
        refused("BYDAY=SA", "FREQ");
        refused("FREQ=WEEKLY;BYDAY=XX", "BYDAY");
        refused("FREQ=WEEKLY;UNTIL=2026-12-19", "UNTIL");
        refused("FREQ=WEEKLY;UNTIL=20261319", "UNTIL");
        refused("FREQ=WEEKLY;BOGUS=1", "BOGUS");
        refused("FREQ=WEEKLY;;", "NAME=VALUE");
    }

    @Test
    void expansionIsLazy() {
        Recurrence daily = Recurrence.parse("FREQ=DAILY");
        AtomicInteger read = new AtomicInteger();
        long started = System.nanoTime();
        long n = daily.starts(WEDNESDAY, WEDNESDAY.toInstant(), WEDNESDAY.plusYears(2000).toInstant())
                .peek(d -> read.incrementAndGet()).limit(2001).count();
        assertThat(n).isEqualTo(2001);
        assertThat(read.get()).isEqualTo(2001);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aWindowAfterTheStartKeepsCountingFromTheStart() {
        Recurrence five = Recurrence.parse("FREQ=DAILY;COUNT=5");
        assertThat(five.starts(WEDNESDAY, WEDNESDAY.plusDays(3).toInstant(), FAR).toList())
                .extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
    }

    @Property(tries = 200)
    void countGivesExactlyThatManyStartsAllAtTheStartsTimeOfDay(@ForAll @IntRange(min = 1, max = 60) int count,
            @ForAll("weekly") String byDay, @ForAll @IntRange(min = 0, max = 6) int startOffset) {
        ZonedDateTime seed = WEDNESDAY.plusDays(startOffset);
        List<ZonedDateTime> starts = all("FREQ=WEEKLY;BYDAY=" + byDay + ";COUNT=" + count, seed);
        assertThat(starts).hasSize(count);
        assertThat(starts.get(0)).isEqualTo(seed);
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(seed.toLocalTime()));
        assertThat(starts.subList(1, starts.size())).allSatisfy(
                s -> assertThat(byDay).contains(s.getDayOfWeek().name().substring(0, 2)));
    }

    @Property(tries = 200)
    void untilDateIsInclusive(@ForAll @IntRange(min = 0, max = 400) int days,
            @ForAll("weekly") String byDay) {
        LocalDate last = WEDNESDAY.toLocalDate().plusDays(days);
        String until = String.format("%04d%02d%02d", last.getYear(), last.getMonthValue(), last.getDayOfMonth());
        List<ZonedDateTime> starts = all("FREQ=WEEKLY;BYDAY=" + byDay + ";UNTIL=" + until, WEDNESDAY);
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalDate()).isBeforeOrEqualTo(last));
        // every matching day up to and including the UNTIL date is there
        long expected = WEDNESDAY.toLocalDate().plusDays(1).datesUntil(last.plusDays(1))
                .filter(d -> byDay.contains(d.getDayOfWeek().name().substring(0, 2))).count();
        assertThat(starts).hasSize((int) expected + 1);
    }

    /** Sunday 2026-12-20, 09:00 in the network zone: the tester's start. */
    static final ZonedDateTime SUNDAY = ZonedDateTime.of(2026, 12, 20, 9, 0, 0, 0, HARBIN);

    private static void refusedFor(String rule, ZonedDateTime seed, String field, String mentioning) {
        assertThatThrownBy(() -> Recurrence.parse(rule).requireStartOf(seed)).as(rule)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo(field);
                        assertThat(f.message()).contains(mentioning);
                    });
                });
    }

    /** Tester's finding: these rules gave 201 and a single occurrence on the start, a date none of them has. */
    @Test
    void aRuleThatGivesNoDateFromTheStartIsRefusedNamingRecurrence() {
        for (String rule : List.of("FREQ=MONTHLY;BYDAY=6SA", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;UNTIL=20261201",
                "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261220")) {
            refusedFor(rule, SUNDAY, "recurrence", "never gives a date on or after the start");
        }
        assertThat(org.volunteernet.common.problem.ProblemLanguage.ZH_CN.localize(assertThrows(
                () -> Recurrence.parse("FREQ=MONTHLY;BYDAY=6SA").requireStartOf(SUNDAY)).toProblem()).errors().get(0).message())
                .isEqualTo("重复规则从开始时间起不会产生任何活动日期");
    }

    /** Tester's finding: FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3 from a Sunday the 20th gave the 20th as an extra date. */
    @Test
    void aStartThatIsNotADateOfItsRuleIsRefusedNamingStart() {
        refusedFor("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", SUNDAY, "start", "2026-12-20 (Sunday)");
        refusedFor("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", SUNDAY, "start", "its first date from then is 2026-12-31 (Thursday)");
        refusedFor("FREQ=WEEKLY;BYDAY=SA", SUNDAY, "start", "2026-12-26 (Saturday)");
        refusedFor("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", SUNDAY, "start", "2028-02-29 (Tuesday)");
        assertThat(org.volunteernet.common.problem.ProblemLanguage.ZH_CN.localize(assertThrows(
                () -> Recurrence.parse("FREQ=WEEKLY;BYDAY=SA").requireStartOf(SUNDAY)).toProblem()).errors().get(0).message())
                .isEqualTo("开始时间 2026-12-20（星期日）不符合重复规则；从那天起规则的第一个日期是 2026-12-26（星期六）");
    }

    @Test
    void aStartThatIsTheRulesFirstDateIsAccepted() {
        for (String rule : List.of("FREQ=WEEKLY;BYDAY=SU", "FREQ=DAILY", "FREQ=MONTHLY;BYMONTHDAY=20;COUNT=3",
                "FREQ=MONTHLY;BYDAY=3SU", "FREQ=MONTHLY;BYDAY=-2SU", "FREQ=DAILY;UNTIL=20261220", "FREQ=YEARLY")) {
            Recurrence.parse(rule).requireStartOf(SUNDAY);
        }
        Recurrence.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").requireStartOf(ZonedDateTime.of(2028, 2, 29, 9, 0, 0, 0, HARBIN));
        assertThat(all("FREQ=MONTHLY;BYMONTHDAY=20;COUNT=3", SUNDAY)).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 20));
    }

    private static ProblemException assertThrows(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    /**
     * For every rule a new activity is accepted with, every start of the series is a date of the rule (its weekday,
     * month and day of month among the rule's, at the start's time of day), the first is the start itself, and COUNT
     * is exact.
     */
    @Property(tries = 300)
    void everyStartOfAnAcceptedSeriesMatchesItsRuleAndTheFirstIsTheStart(
            @ForAll("frequencies") String freq, @ForAll @IntRange(min = 1, max = 3) int interval,
            @ForAll("weekdaysOrNone") String byDay, @ForAll("monthDaysOrNone") String byMonthDay,
            @ForAll("monthsOrNone") String byMonth, @ForAll @IntRange(min = 1, max = 12) int count,
            @ForAll @IntRange(min = 0, max = 400) int startOffset) {
        StringBuilder rule = new StringBuilder("FREQ=" + freq + ";INTERVAL=" + interval + ";COUNT=" + count);
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(byDay);
        }
        if (!byMonthDay.isEmpty()) {
            rule.append(";BYMONTHDAY=").append(byMonthDay);
        }
        if (!byMonth.isEmpty()) {
            rule.append(";BYMONTH=").append(byMonth);
        }
        ZonedDateTime seed = WEDNESDAY.plusDays(startOffset);
        Recurrence recurrence = Recurrence.parse(rule.toString());
        boolean accepted = true;
        try {
            recurrence.requireStartOf(seed);
        } catch (ProblemException refused) {
            accepted = false; // a start or a rule refused: nothing is scheduled
        }
        boolean wasAccepted = accepted;
        net.jqwik.api.statistics.Statistics.collect(accepted);
        net.jqwik.api.statistics.Statistics.coverage(c -> c.check(true).percentage(p -> p > 10)); // not vacuous
        if (!wasAccepted) {
            return;
        }
        List<ZonedDateTime> starts = recurrence.firstStarts(seed, seed.plusYears(CYCLE).toInstant(), 100);
        assertThat(starts).as(rule.toString()).isNotEmpty().hasSizeLessThanOrEqualTo(count).isSorted().doesNotHaveDuplicates();
        assertThat(starts.get(0)).isEqualTo(seed);
        assertThat(starts).allSatisfy(s -> {
            assertThat(s.toLocalTime()).isEqualTo(seed.toLocalTime());
            if (!byDay.isEmpty()) {
                assertThat(byDay.split(",")).contains(s.getDayOfWeek().name().substring(0, 2));
            }
            if (!byMonthDay.isEmpty()) {
                assertThat(byMonthDay.split(",")).contains(Integer.toString(s.getDayOfMonth()));
            }
            if (!byMonth.isEmpty()) {
                assertThat(byMonth.split(",")).contains(Integer.toString(s.getMonthValue()));
            }
        });
    }

    private static final int CYCLE = 30;

    @Provide
    Arbitrary<String> frequencies() {
        return Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    }

    @Provide
    Arbitrary<String> weekdaysOrNone() {
        return Arbitraries.oneOf(Arbitraries.just(""), weekly());
    }

    @Provide
    Arbitrary<String> monthDaysOrNone() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(1, 31).set().ofMinSize(1).ofMaxSize(3)
                .map(days -> String.join(",", days.stream().sorted().map(String::valueOf).toList())));
    }

    @Provide
    Arbitrary<String> monthsOrNone() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(1, 12).set().ofMinSize(1).ofMaxSize(3)
                .map(months -> String.join(",", months.stream().sorted().map(String::valueOf).toList())));
    }

    @Provide
    Arbitrary<String> weekly() {
        return Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1)
                .map(days -> String.join(",", days.stream().sorted().map(d -> d.name().substring(0, 2)).toList()));
    }
}
