package org.volunteernet.activity.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterCsv;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.activity.signup.rest.RosterXlsx;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.Vocabulary;

/**
 * The roster's words, without Quarkus: every sign-up status has a Chinese and an English label in the one table
 * (common's {@link Vocabulary#SIGNUP_STATUS}), so a status added without labels fails here; the CSV prints the label,
 * never the code; hours have 2 decimals in the CSV as in the XLSX.
 */
@Tag("unit")
class RosterWordsTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 28, 8, 55, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void everySignupStatusHasAChineseAndAnEnglishLabel() {
        assertThat(Vocabulary.SIGNUP_STATUS.codes())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SignupStatus.values()).map(Enum::name).toList());
    }

    static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1); // after the byte order mark
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void theCsvPrintsEveryStatusInWordsAndHoursWithTwoDecimals() throws Exception {
        List<RosterEntry> roster = new ArrayList<>();
        for (SignupStatus status : SignupStatus.values()) {
            roster.add(new RosterEntry(roster.size() + 1, UUID.randomUUID(), "甲", "V1", status,
                    status == SignupStatus.WAITLISTED ? 1 : null, AT, false, AT, AT.plusHours(2), status == SignupStatus.WALK_IN,
                    new BigDecimal("2"), null, null, null, null));
        }
        List<CSVRecord> zh = csv(RosterCsv.render(roster, false));
        List<CSVRecord> en = csv(RosterCsv.render(roster, true));
        for (int i = 0; i < roster.size(); i++) {
            SignupStatus status = roster.get(i).status();
            assertThat(zh.get(i).get("状态")).isEqualTo(Vocabulary.SIGNUP_STATUS.label(status, DocumentLanguage.ZH))
                    .isNotEqualTo(status.name());
            assertThat(en.get(i).get("Status")).isEqualTo(Vocabulary.SIGNUP_STATUS.label(status, DocumentLanguage.EN))
                    .isNotEqualTo(status.name());
            assertThat(zh.get(i).get("服务时长(小时)")).isEqualTo("2.00"); // as the XLSX shows the number 2
            assertThat(en.get(i).get("Hours")).isEqualTo("2.00");
        }
        assertThat(zh).extracting(r -> r.get("状态")).containsExactly("已确认", "候补", "已退出", "现场参加");
        assertThat(en).extracting(r -> r.get("Status")).containsExactly("Confirmed", "Waitlisted", "Withdrawn", "Walk-in");
        assertThat(RosterXlsxTest.cells(RosterXlsx.render(roster, false)).subList(1, roster.size() + 1))
                .extracting(r -> r.get(3) + " " + r.get(10))
                .containsExactly("已确认 2.00", "候补 2.00", "已退出 2.00", "现场参加 2.00");
    }
}
