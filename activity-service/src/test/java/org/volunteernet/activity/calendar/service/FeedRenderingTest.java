package org.volunteernet.activity.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.calendar.domain.ICalendarText;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.common.document.DocumentLanguage;

/** Feeds by RFC 5545, parsed back by ical4j in strict mode; without booting Quarkus. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class FeedRenderingTest {

    static final Instant CHANGED = Instant.parse("2026-11-20T03:04:05Z");

    @BeforeAll
    static void strict() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
    }

    static Object[] row(String title, String content, String place, OccurrenceStatus status, int sequence) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.title = title;
        activity.content = content;
        activity.place = place;
        activity.organizingUnit = "Xiangfang Youth League, Harbin; \\ branch";
        Occurrence occurrence = new Occurrence();
        occurrence.id = UUID.randomUUID();
        occurrence.activityId = activity.id;
        occurrence.start = Instant.parse("2026-12-05T01:00:00Z");
        occurrence.end = Instant.parse("2026-12-05T03:30:00Z");
        occurrence.status = status;
        occurrence.sequence = sequence;
        occurrence.changedAt = CHANGED;
        return new Object[] {occurrence, activity};
    }

    static Calendar parseStrictly(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar;
    }

    static void everyLineIsFoldedWithin75Octets(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u0085")
                    .doesNotContain("\u2028").doesNotContain("\u2029");
        }
    }

    @Test
    void aChineseTitleAndHostileTextStayOneValuedAndFolded() throws Exception {
        String title = "志愿服务星期六：松花江畔清洁行动，欢迎大家参加！我们一起捡垃圾、护江岸、做好事。".repeat(2);
        String content = "Line one\rX-INJECTED:bad\nline\u0085two\u2028three\u2029four; a, b \\ c\r\nend";
        String ics = FeedRenderingTest_render(List.<Object[]>of(row(title, content, "Songhua riverbank", OccurrenceStatus.SCHEDULED, 2),
                row("Cancelled one", "x", "y", OccurrenceStatus.CANCELLED, 1)), Duration.ofHours(1));
        everyLineIsFoldedWithin75Octets(ics);
        assertThat(ics).doesNotContain("\r\nX-INJECTED");
        Calendar calendar = parseStrictly(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getSummary().orElseThrow().getValue()).isEqualTo(title);
        assertThat(first.getDescription().orElseThrow().getValue())
                .isEqualTo("Line one\nX-INJECTED:bad\nline\ntwo\nthree\nfour; a, b \\ c\nend\nOrganized by Xiangfang Youth League, Harbin; \\ branch");
        assertThat(first.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(first.getProperty("LAST-MODIFIED").orElseThrow().getValue()).isEqualTo("20261120T030405Z");
        assertThat(first.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20261120T030405Z");
        assertThat(first.getAlarms()).hasSize(1);
        assertThat(first.getAlarms().get(0).getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-PT1H");
        assertThat(events.get(1).getAlarms()).isEmpty();
        assertThat(events.get(1).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedSpeaksChineseUnlessEnglishIsAskedFor() throws Exception {
        List<Object[]> rows = List.<Object[]>of(row("Clean-up", "清理河岸", "y", OccurrenceStatus.SCHEDULED, 0));
        String ics = CalendarFeeds.render("我的志愿服务", rows, null, DocumentLanguage.ZH);
        VEvent event = (VEvent) parseStrictly(ics).getComponents("VEVENT").get(0);
        assertThat(event.getDescription().orElseThrow().getValue()).isEqualTo("清理河岸\n主办单位：Xiangfang Youth League, Harbin; \\ branch");
    }

    @Test
    void theSameStateGivesTheSameFeed() {
        List<Object[]> rows = List.<Object[]>of(row("Clean-up", "x", "y", OccurrenceStatus.SCHEDULED, 0));
        assertThat(FeedRenderingTest_render(rows, null)).isEqualTo(FeedRenderingTest_render(rows, null));
    }

    @Property(tries = 300)
    void anyTextSurvivesEscapingAndFolding(@ForAll @StringLength(max = 300) String text) throws Exception {
        String ics = FeedRenderingTest_render(List.<Object[]>of(row(text.isEmpty() ? "t" : text, text, text, OccurrenceStatus.SCHEDULED, 0)), null);
        everyLineIsFoldedWithin75Octets(ics);
        VEvent event = (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT").get(0);
        String expected = normalise(text.isEmpty() ? "t" : text);
        // a parser may trim the ends of a value; what lies between is kept exactly
        assertThat(event.getSummary().orElseThrow().getValue().strip()).isEqualTo(expected.strip());
    }

    /** What a text becomes: every line break a newline, other control characters left out. */
    static String normalise(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n').replace('\u2028', '\n')
                .replace('\u2029', '\n');
        StringBuilder out = new StringBuilder();
        lines.chars().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    static String FeedRenderingTest_render(List<Object[]> rows, Duration reminder) {
        return CalendarFeeds.render("志愿服务星期六, Xiangfang; \\ feed", rows, reminder, DocumentLanguage.EN);
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = new ICalendarText().text("SUMMARY", "a".repeat(73) + "志愿😀".repeat(40)).toString();
        for (String part : line.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
            assertThat(part.chars().anyMatch(c -> Character.isSurrogate((char) c) && part.codePoints().anyMatch(cp -> cp == 0xFFFD))).isFalse();
        }
        assertThat(line.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "a".repeat(73) + "志愿😀".repeat(40) + "\r\n");
    }
}
