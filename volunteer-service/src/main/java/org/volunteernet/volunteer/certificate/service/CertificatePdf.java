package org.volunteernet.volunteer.certificate.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.volunteernet.common.document.FontChain;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.HoursText;
import org.volunteernet.common.document.PdfDocument;
import org.volunteernet.common.document.Vocabulary;

/**
 * Lays out a certificate of volunteer service, 志愿服务记录证明, with the shared renderer
 * ({@link PdfDocument}: embedded subset CJK font). Pure: no CDI, no database; the caller signs the result.
 *
 * <p>What it states follows Ministry of Civil Affairs Decree No. 67 (志愿服务记录与证明出具办法), Art. 15: the
 * volunteer's name and volunteer number, the certified hours (actual service time, travel excluded,
 * Art. 7; with 2 decimals, {@link HoursText}, as every document writes hours), the service content (categories in
 * words, {@link Vocabulary#SERVICE_CATEGORY}, and activities), the recording units ("whoever records
 * certifies") and the service dates, one row per service record; Art. 14: issued free of charge;
 * Art. 17: verifiable in the system, here by code and by a QR code of the verification URL. No ID
 * document number or contact appears on it (Art. 16).
 */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    /** One service record as the certificate lists it. Hours are actual service hours (Decree 67 Art. 7). */
    public record Line(LocalDate date, String activity, String category, String organizingUnit, BigDecimal hours) {
    }

    /**
     * What the certificate states.
     *
     * @param verificationUrl the URL the QR code carries (the public verification of this code)
     */
    public record Content(String volunteerName, String volunteerNumber, BigDecimal hours, List<Line> lines,
            List<String> recordingUnits, String verificationCode, String verificationUrl, Instant issuedAt,
            ZoneId zone) {
    }

    /**
     * The category in the language ({@link Vocabulary#SERVICE_CATEGORY}), e.g. ELDERLY_CARE as 敬老助老 or "elderly
     * care"; unknown ones as given.
     */
    public static String category(String code, DocumentLanguage language) {
        return Vocabulary.SERVICE_CATEGORY.label(code, language);
    }

    /** Service content in the language: categories, then up to ten activities ("环境保护：河畔清洁；……"). */
    public static String content(List<Line> lines, DocumentLanguage language) {
        List<String> categories = lines.stream().map(l -> category(l.category(), language)).distinct().toList();
        List<String> activities = new ArrayList<>(lines.stream().map(Line::activity).distinct().toList());
        String shown = String.join(language.pick("；", "; "), activities.subList(0, Math.min(10, activities.size())));
        String more = activities.size() > 10
                ? language.pick("等" + activities.size() + "项活动", " and " + (activities.size() - 10) + " more")
                : "";
        return String.join(language.pick("、", ", "), categories) + language.pick("：", ": ") + shown + more;
    }

    /** The unsigned PDF in {@code language}, each character in the first font of {@code fonts} that has it. */
    public static byte[] render(Content c, FontChain fonts, DocumentLanguage language) {
        boolean zh = language == DocumentLanguage.ZH;
        String hours = HoursText.of(c.hours());
        LocalDate first = c.lines().stream().map(Line::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = c.lines().stream().map(Line::date).max(LocalDate::compareTo).orElseThrow();
        DateTimeFormatter dates = zh ? DateTimeFormatter.ofPattern("yyyy年M月d日") : DateTimeFormatter.ISO_LOCAL_DATE;
        String period = first.equals(last) ? dates.format(first)
                : dates.format(first) + (zh ? "至" : " to ") + dates.format(last);
        String units = String.join(zh ? "、" : "; ", c.recordingUnits());
        String issued = dates.format(c.issuedAt().atZone(c.zone()).toLocalDate());

        try (PdfDocument doc = PdfDocument.create(fonts, (zh ? "志愿服务记录证明 " : "Certificate of Volunteer Service ")
                + c.verificationCode())) {
            doc.title(zh ? "志愿服务记录证明" : "Certificate of Volunteer Service", 22);
            if (zh) {
                doc.paragraph("兹证明 " + c.volunteerName() + "（志愿者编号 " + c.volunteerNumber() + "）于 " + period
                        + " 参加志愿服务，经记录单位记录的志愿服务时长累计 " + hours + " 小时。", 12);
            } else {
                doc.paragraph("This certifies that " + c.volunteerName() + " (volunteer number " + c.volunteerNumber()
                        + ") gave " + hours + " hours of recorded volunteer service from " + period + ".", 12);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(zh ? "志愿者姓名" : "Volunteer", c.volunteerName());
            fields.put(zh ? "志愿者编号" : "Volunteer number", c.volunteerNumber());
            fields.put(zh ? "服务时长" : "Service hours", hours + (zh ? " 小时" : " hours"));
            fields.put(zh ? "服务时间" : "Service dates", period);
            fields.put(zh ? "服务内容" : "Service content", content(c.lines(), language));
            fields.put(zh ? "记录单位" : "Recorded by", units);
            doc.space(6).fields(fields, 11, zh ? 80 : 115);

            List<List<String>> rows = c.lines().stream().map(l -> List.of(l.date().toString(), l.activity(),
                    category(l.category(), language), l.organizingUnit(),
                    HoursText.of(l.hours()))).toList();
            doc.table(new float[] {2.1f, 4.6f, 2.2f, 3.6f, 1.3f},
                    zh ? List.of("服务日期", "活动名称", "服务类别", "组织单位", "小时")
                            : List.of("Date", "Activity", "Category", "Organizing unit", "Hours"),
                    rows, 10);

            doc.qrCode(c.verificationUrl(), 92, zh
                    ? List.of("验证码：" + c.verificationCode(), "出具日期：" + issued,
                            "扫描二维码或访问 " + c.verificationUrl() + " 核验本证明。",
                            "本证明免费出具，并附电子签名；任何改动都会使签名失效。")
                    : List.of("Verification code: " + c.verificationCode(), "Issued: " + issued,
                            "Scan the QR code or open " + c.verificationUrl() + " to verify this certificate.",
                            "Issued free of charge and digitally signed; any change invalidates the signature."), 9);
            doc.paragraph(zh ? "依据《志愿服务记录与证明出具办法》（民政部令第67号）出具。"
                    : "Issued under the Measures for Volunteer Service Records and Certificates (Ministry of Civil "
                            + "Affairs Decree No. 67).", 8);
            return doc.toBytes();
        }
    }
}
