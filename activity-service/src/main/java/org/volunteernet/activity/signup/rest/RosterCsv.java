package org.volunteernet.activity.signup.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.HoursText;
import org.volunteernet.common.document.SpreadsheetText;
import org.volunteernet.common.document.Vocabulary;

/**
 * An occurrence's roster as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads
 * Chinese correctly), one line per sign-up in arrival order, headers in Chinese, or in English when
 * the client asks for it (Accept-Language: en). The status in words ({@link Vocabulary#SIGNUP_STATUS}: 已确认, 候补,
 * 已退出, 现场参加), hours with 2 decimals ({@link HoursText}), times local (network zone), yyyy-MM-dd HH:mm. After the
 * recorded hours, the hours certified in the service record (认定时长, empty until volunteer-service has made it) and,
 * when they differ, why ({@link Vocabulary#CERTIFIED_DIFFERENCE}: capped at 24 hours a day, or corrected). Text cells
 * follow {@link SpreadsheetText#csvCell(String)} against formula injection.
 */
public final class RosterCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final List<String> HEADERS_ZH = List.of("序号", "姓名", "志愿者编号", "状态", "候补顺序", "报名时间", "代为报名", "签到时间",
            "签退时间", "现场参加", "服务时长(小时)", "认定时长(小时)", "时长差异原因");
    static final List<String> HEADERS_EN = List.of("Line", "Name", "Volunteer number", "Status", "Waitlist position", "Signed up",
            "Signed up on behalf", "Checked in", "Checked out", "Walk-in", "Hours", "Certified hours", "Why they differ");

    private RosterCsv() {
    }

    public static byte[] render(List<RosterEntry> roster, boolean english) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF'); // before the header, which the printer writes at once
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader((english ? HEADERS_EN : HEADERS_ZH).toArray(String[]::new)).get());
            for (RosterEntry e : roster) {
                csv.printRecord(csvCells(e, english));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One CSV line: every cell of {@link #cells} through {@link SpreadsheetText#csvCell(String)} (OWASP "CSV
     * Injection": a leading apostrophe before {@code = + - @}, tab, CR). The number columns (line, waitlist position,
     * hours, certified hours) are never negative, so the rule leaves them as they are; no column list to keep in step with the header.
     */
    static List<String> csvCells(RosterEntry e, boolean english) {
        return cells(e, english).stream().map(SpreadsheetText::csvCell).toList();
    }

    static List<String> headers(boolean english) {
        return english ? HEADERS_EN : HEADERS_ZH;
    }

    /** One line's cells, in the order of the headers, as text (empty for none); shared by CSV and XLSX. */
    static List<String> cells(RosterEntry e, boolean english) {
        String yes = english ? "yes" : "是";
        String no = english ? "no" : "否";
        DocumentLanguage language = english ? DocumentLanguage.EN : DocumentLanguage.ZH;
        return java.util.Arrays.asList(Integer.toString(e.line()), e.name(), e.volunteerNumber(),
                Vocabulary.SIGNUP_STATUS.label(e.status(), language),
                e.waitlistPosition() == null ? null : e.waitlistPosition().toString(), time(e.signedUpAt()),
                e.signedUpOnBehalf() ? yes : no, time(e.checkedInAt()), time(e.checkedOutAt()), e.walkIn() ? yes : no,
                HoursText.of(e.hours()), HoursText.of(e.certifiedHours()),
                Vocabulary.CERTIFIED_DIFFERENCE.label(e.certifiedDifference(), language));
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time);
    }
}
