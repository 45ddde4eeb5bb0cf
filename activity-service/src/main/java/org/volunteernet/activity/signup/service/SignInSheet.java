package org.volunteernet.activity.signup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.activity.signup.rest.RosterEntry;
import org.volunteernet.common.document.DocumentFonts;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.HoursText;
import org.volunteernet.common.document.PdfDocument;
import org.volunteernet.common.document.Vocabulary;
import org.volunteernet.common.time.NetworkCalendar;

/**
 * The printable sign-in sheet of an occurrence (PDF, A4 landscape, the shared CJK renderer of
 * common/document): the activity as a Decree 67 record states it (name, date and time, place,
 * organizing unit, person in charge), then one ruled row per volunteer (real name from the volunteer
 * directory, volunteer number) holding a seat, waiting or
 * recorded as a walk-in (withdrawn ones are left out), with empty columns to sign in, sign out and
 * sign, and {@link #BLANK_ROWS} empty rows for walk-ins. Once the occurrence is completed, the hours recorded and
 * those certified in each service record (with why, when they differ). Statuses in words ({@link Vocabulary#SIGNUP_STATUS}), hours
 * with 2 decimals ({@link HoursText}). In Chinese, or English (Accept-Language).
 * 503 problem+json when the font is not installed.
 */
@ApplicationScoped
public class SignInSheet {

    /** Empty rows at the end for volunteers who come without a seat. */
    public static final int BLANK_ROWS = 5;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    DocumentFonts fonts;

    @Inject
    NetworkCalendar calendar;

    public byte[] render(Occurrence occurrence, Activity activity, List<RosterEntry> roster, DocumentLanguage language) {
        String title = language.pick("志愿服务签到表", "Volunteer service sign-in sheet");
        try (PdfDocument doc = PdfDocument.create(fonts.chain(), title, PdfDocument.a4Landscape())) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(language.pick("活动名称", "Activity"), activity.title);
            fields.put(language.pick("时间", "When"), DAY_TIME.format(occurrence.start.atZone(calendar.zone())) + " - "
                    + TIME.format(occurrence.end.atZone(calendar.zone())));
            fields.put(language.pick("地点", "Place"), occurrence.place != null ? occurrence.place : activity.place);
            fields.put(language.pick("组织单位", "Organizing unit"), activity.organizingUnit);
            fields.put(language.pick("负责人", "Person in charge"), activity.personInCharge);
            doc.title(title, 18).fields(fields, 11, 90);
            List<List<String>> rows = new ArrayList<>();
            int line = 0;
            boolean differs = false;
            for (RosterEntry e : roster) {
                if (e.status() == SignupStatus.WITHDRAWN) {
                    continue;
                }
                rows.add(List.of(Integer.toString(++line), e.name() == null ? "" : e.name(),
                        e.volunteerNumber() == null ? "" : e.volunteerNumber(),
                        status(e, language), e.checkedInAt() == null ? "" : TIME.format(e.checkedInAt()),
                        e.checkedOutAt() == null ? "" : TIME.format(e.checkedOutAt()),
                        e.hours() == null ? "" : HoursText.of(e.hours()), certified(e, language), ""));
                differs |= e.certifiedDifference() != null;
            }
            for (int i = 0; i < BLANK_ROWS; i++) {
                rows.add(List.of(Integer.toString(++line), "", "", Vocabulary.SIGNUP_STATUS.label(SignupStatus.WALK_IN, language),
                        "", "", "", "", ""));
            }
            doc.table(new float[] {0.5f, 1.5f, 2.1f, 1.2f, 0.8f, 0.8f, 0.8f, 1.6f, 1.6f},
                    List.of(language.pick("序号", "No."), language.pick("姓名", "Name"), language.pick("志愿者编号", "Volunteer number"),
                            language.pick("状态", "Status"), language.pick("签到", "In"), language.pick("签退", "Out"),
                            language.pick("时长(小时)", "Hours"), language.pick("认定时长(小时)", "Certified hours"),
                            language.pick("签名", "Signature")),
                    rows, 10);
            doc.paragraph(language.pick("服务时长不含往返路途时间（《志愿服务记录与证明出具办法》第七条）。",
                    "Hours exclude travel (Decree 67 Art. 7)."), 9);
            if (differs) {
                doc.paragraph(language.pick("认定时长为服务记录中认定的时长：志愿者同一天的认定时长累计不超过24小时，"
                        + "记录经更正后以更正为准。", "Certified hours are those of the service record: at most 24 verified "
                        + "hours a day for a volunteer, and as corrected when a correction was accepted."), 9);
            }
            return doc.toBytes();
        }
    }

    /** The certified hours, with why when they differ from those recorded: 8.00（当日累计超过24小时，已核减）; empty before. */
    private static String certified(RosterEntry e, DocumentLanguage language) {
        if (e.certifiedHours() == null) {
            return "";
        }
        String hours = HoursText.of(e.certifiedHours());
        return e.certifiedDifference() == null ? hours
                : hours + language.pick("（", " (") + Vocabulary.CERTIFIED_DIFFERENCE.label(e.certifiedDifference(), language)
                        + language.pick("）", ")");
    }

    /** The status in words ({@link Vocabulary#SIGNUP_STATUS}), a waiting volunteer's with their place: 候补 2. */
    private static String status(RosterEntry e, DocumentLanguage language) {
        String status = Vocabulary.SIGNUP_STATUS.label(e.status(), language);
        return e.status() == SignupStatus.WAITLISTED && e.waitlistPosition() != null ? status + " " + e.waitlistPosition() : status;
    }
}
