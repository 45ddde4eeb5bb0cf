package org.volunteernet.volunteer.certificate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.volunteernet.common.document.DocumentFont;
import org.volunteernet.common.document.DocumentFonts;
import org.volunteernet.common.document.FontChain;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.privacy.EventsConfig;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.CertificateIssued;
import org.volunteernet.volunteer.certificate.domain.Certificate;
import org.volunteernet.volunteer.certificate.rest.CertificateVerification;
import org.volunteernet.volunteer.certificate.rest.CertificateVerification.CertificateStatus;
import org.volunteernet.volunteer.record.domain.CorrectionStatus;
import org.volunteernet.volunteer.record.domain.RecordCorrection;
import org.volunteernet.volunteer.record.domain.ServiceRecord;
import org.volunteernet.volunteer.privacy.PublicMasks;
import org.volunteernet.volunteer.registration.domain.Volunteer;
import org.volunteernet.volunteer.registration.service.VolunteerAccess;

/**
 * Certificates of volunteer service (Decree 67 Art. 14, 15, 17): free and repeatable, stating
 * hours, content and the recording units, verifiable by anyone with the code, showing only masked
 * personal data (Art. 16). Each certificate is rendered at issue as 志愿服务记录证明 and in English
 * ({@link CertificatePdf}), each PDF signed ({@link CertificateSigning}) and kept unchanged.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    /** Unambiguous characters: no 0/O, 1/I/L. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    EventsConfig events;

    @Inject
    VolunteerAccess access;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    DocumentFonts fonts;

    @Inject
    CertificateSigning signing;

    @Inject
    CertificateConfig config;

    /**
     * Issues a certificate for the volunteer, asked by the volunteer or by the office of their district (for
     * volunteers without an app, whose records the office entered). {@code recordIds} null (the field left out)
     * certifies all the volunteer's records; an empty list never reaches here ({@link
     * org.volunteernet.volunteer.certificate.rest.IssueRequest} refuses it, 400 naming {@code recordIds}).
     */
    public Certificate issue(UUID volunteerId, List<UUID> recordIds, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrDistrictOffice(volunteerId, caller, "ask for this volunteer's certificate");
        List<ServiceRecord> records = recordIds == null
                ? ServiceRecord.list("volunteerId = ?1 order by date, id", volunteer.id)
                : ServiceRecord.list("volunteerId = ?1 and id in ?2 order by date, id", volunteer.id, recordIds);
        if (recordIds != null && records.size() != new LinkedHashSet<>(recordIds).size()) {
            throw ProblemException.invalid("recordIds", "every id must be a service record of this volunteer");
        }
        if (records.isEmpty()) {
            throw ProblemException.unprocessable("There are no service records to certify yet");
        }
        refuseDisputed(records);
        refuseUnprintable(volunteer, records);
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.volunteerId = volunteer.id;
        certificate.verificationCode = newCode();
        certificate.hours = records.stream().map(r -> r.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CertificatePdf.Line> lines = records.stream().map(r -> new CertificatePdf.Line(r.date, r.activityName,
                r.serviceCategory, r.organizingUnit, r.hours)).toList();
        // the record's words, as the Chinese certificate prints them (环境保护：河畔清洁), not the category codes
        certificate.content = CertificatePdf.content(lines, DocumentLanguage.ZH);
        certificate.recordingUnits = records.stream().map(r -> r.organizingUnit).distinct().toList();
        certificate.recordIds = records.stream().map(r -> r.id).toList();
        certificate.issuedAt = NetworkClock.now();
        CertificatePdf.Content content = new CertificatePdf.Content(volunteer.name, volunteer.volunteerNumber,
                certificate.hours, lines, certificate.recordingUnits, certificate.verificationCode,
                config.verificationUrl().replace("{code}", certificate.verificationCode), certificate.issuedAt,
                calendar.zone());
        certificate.pdf = signed(content, DocumentLanguage.ZH, certificate);
        certificate.pdfEn = signed(content, DocumentLanguage.EN, certificate);
        certificate.persist();
        // v2: no verification code on the stream (it opens the public verification of the volunteer's masked name)
        CertificateIssued issued = new CertificateIssued(certificate.id, volunteer.id, volunteer.district,
                certificate.hours, certificate.issuedAt);
        outbox.publish(events.legacyVersions() ? issued.legacy(certificate.verificationCode) : issued);
        return certificate;
    }

    /**
     * Public verification: what the certificate states, with the name and the volunteer number masked ({@link
     * PublicMasks}), and whether it still holds: a correction of one of its records accepted after issue makes it
     * RECORDS_CORRECTED, with when and the hours the same records certify now (a total, as the certificate states
     * one: nothing of which record or why).
     */
    public CertificateVerification verify(String code) {
        Certificate certificate = Certificate.byCode(normalize(code))
                .orElseThrow(() -> ProblemException.notFound("certificate", code));
        Volunteer volunteer = access.find(certificate.volunteerId);
        Instant correctedAt = RecordCorrection.getEntityManager().createQuery("select max(c.decidedAt) from "
                + "RecordCorrection c where c.recordId in :records and c.status = :accepted and c.decidedAt > :issued",
                Instant.class).setParameter("records", certificate.recordIds)
                .setParameter("accepted", CorrectionStatus.ACCEPTED).setParameter("issued", certificate.issuedAt)
                .getSingleResult();
        BigDecimal currentHours = ServiceRecord.getEntityManager().createQuery("select coalesce(sum(r.hours), 0) from "
                + "ServiceRecord r where r.id in :records", BigDecimal.class)
                .setParameter("records", certificate.recordIds).getSingleResult();
        return new CertificateVerification(certificate.verificationCode, true, PublicMasks.name(volunteer.name),
                PublicMasks.volunteerNumber(volunteer.volunteerNumber), certificate.hours, certificate.content, certificate.recordingUnits,
                certificate.issuedAt, correctedAt == null ? CertificateStatus.VALID : CertificateStatus.RECORDS_CORRECTED,
                correctedAt != null, correctedAt, currentHours);
    }

    /**
     * The signed PDF of one of the volunteer's certificates, for the volunteer or the office of their district, in Chinese or, when asked and available, English
     * (certificates issued before English existed have only their original).
     *
     * @throws ProblemException 404 when the code is not one of this volunteer's certificates
     */
    public byte[] pdf(UUID volunteerId, String code, DocumentLanguage language, CurrentUser caller) {
        Volunteer volunteer = access.asOwnerOrDistrictOffice(volunteerId, caller, "read this volunteer's certificates");
        Certificate certificate = Certificate.byCode(normalize(code)).filter(c -> c.volunteerId.equals(volunteer.id))
                .orElseThrow(() -> ProblemException.notFound("certificate of this volunteer", code));
        return language == DocumentLanguage.EN && certificate.pdfEn != null ? certificate.pdfEn : certificate.pdf;
    }

    /**
     * Refuses (409 naming {@code recordIds}, the disputed records' ids in the message) a certificate of a record with
     * a correction waiting for a decision: its hours or date are disputed (Decree 67 Art. 13), and a certificate
     * states only what is settled. The correction is decided first, or the record left out of {@code recordIds}.
     */
    private static void refuseDisputed(List<ServiceRecord> records) {
        List<UUID> disputed = RecordCorrection.<RecordCorrection>list("recordId in ?1 and status = ?2 order by recordId",
                records.stream().map(r -> r.id).toList(), CorrectionStatus.PENDING).stream()
                .map(c -> c.recordId).distinct().toList();
        if (!disputed.isEmpty()) {
            String message = "has a correction waiting for a decision on service record "
                    + disputed.stream().map(UUID::toString).collect(Collectors.joining(", "))
                    + "; decide the correction first, or leave the record out of the certificate";
            throw ProblemException.conflict("recordIds", message, "recordIds: " + message);
        }
    }

    /**
     * Refuses (422 naming the field) a certificate whose text has a character no document font has a glyph for (e.g.
     * 𰀀, U+30000, CJK Extension G, newer than the fallback fonts-hanazono; 𠀀, U+20000, Extension B, is printed by
     * the fallback): the PDF would print it as {@code [U+30000]}, and a signed certificate must name the person and
     * the service exactly, never approximately.
     */
    private void refuseUnprintable(Volunteer volunteer, List<ServiceRecord> records) {
        FontChain font = fonts.chain();
        List<String> texts = new ArrayList<>(Arrays.asList(volunteer.name, volunteer.volunteerNumber));
        records.forEach(r -> texts.addAll(Arrays.asList(r.activityName, r.organizingUnit)));
        texts.removeIf(Objects::isNull);
        if (font.unprintable(String.join("\n", texts)).isEmpty()) {
            return; // the usual case, with one look at the fonts; otherwise find the field to name
        }
        refuseUnprintable(font, "name", volunteer.name);
        refuseUnprintable(font, "volunteerNumber", volunteer.volunteerNumber);
        for (ServiceRecord record : records) {
            refuseUnprintable(font, "activityName", record.activityName);
            refuseUnprintable(font, "organizingUnit", record.organizingUnit);
        }
    }

    private static void refuseUnprintable(FontChain font, String field, String text) {
        List<Integer> missing = font.unprintable(text);
        if (!missing.isEmpty()) {
            String message = "contains " + DocumentFont.describe(missing.get(0))
                    + ", which the certificate font cannot print; a certificate states it exactly or is not issued";
            throw ProblemException.ruleViolated(field, message, field + ": " + message);
        }
    }

    private byte[] signed(CertificatePdf.Content content, DocumentLanguage language, Certificate certificate) {
        byte[] pdf = CertificatePdf.render(content, fonts.chain(), language);
        String units = String.join(language.pick("、", "; "), certificate.recordingUnits);
        return signing.sign(pdf, units.length() > 200 ? units.substring(0, 200) : units,
                language.pick("志愿服务记录证明 ", "Certificate of volunteer service ") + certificate.verificationCode,
                certificate.issuedAt);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
