package org.volunteernet.volunteer.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.PdfSignatures;
import org.volunteernet.common.document.PdfSigner;
import org.volunteernet.common.testing.TestDocuments;
import org.volunteernet.volunteer.certificate.service.CertificatePdf;

/** Plain JUnit (no Quarkus): the certificate's layout in Chinese and English, its font, its signature. */
@Tag("unit")
class CertificatePdfTest {

    static final CertificatePdf.Content CONTENT = new CertificatePdf.Content("王小明", "23011026000123",
            new BigDecimal("6.50"), List.of(
                    new CertificatePdf.Line(LocalDate.of(2026, 3, 14), "敬老院探望·包饺子", "ELDERLY_CARE",
                            "香坊区志愿者协会", new BigDecimal("2.5")),
                    new CertificatePdf.Line(LocalDate.of(2026, 4, 4), "松花江畔清洁", "ENVIRONMENT",
                            "香坊区志愿者协会", new BigDecimal("4"))),
            List.of("香坊区志愿者协会"), "ABCD-EFGH-JKLM-NPQR",
            "https://volunteer.example.cn/api/v1/certificates/ABCD-EFGH-JKLM-NPQR",
            Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void chineseCertificateStatesWhatDecree67Article15Asks() {
        byte[] pdf = CertificatePdf.render(CONTENT, TestDocuments.chain(), DocumentLanguage.ZH);
        String text = TestDocuments.text(pdf);
        // hours with 2 decimals, as every document writes them (the lines' 2.5 and 4 as 2.50 and 4.00); categories in words
        assertThat(text).contains("志愿服务记录证明", "王小明", "23011026000123", "6.50 小时", "敬老院探望·包饺子",
                "香坊区志愿者协会", "敬老助老", "环境保护", "2.50", "4.00", "2026年3月14日至2026年4月4日", "ABCD-EFGH-JKLM-NPQR", "免费")
                .doesNotContain("ELDERLY_CARE", "ENVIRONMENT");
        assertThat(TestDocuments.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded())
                .as("font %s on page %d", f.name(), f.page()).isTrue());
    }

    @Test
    void englishCertificateByRequest() {
        String text = TestDocuments.text(CertificatePdf.render(CONTENT, TestDocuments.chain(), DocumentLanguage.EN));
        assertThat(text).contains("Certificate of Volunteer Service", "王小明", "6.50 hours", "elderly care", "environment",
                "2.50", "4.00", "敬老院探望·包饺子", "香坊区志愿者协会", "2026-03-14 to 2026-04-04")
                .doesNotContain("ELDERLY_CARE", "ENVIRONMENT");
    }

    @Test
    void signedCertificateVerifiesAndAChangedByteBreaksIt() {
        PdfSigner signer = PdfSigner.selfSigned("CN=test signer", Duration.ofDays(1));
        byte[] signed = signer.sign(CertificatePdf.render(CONTENT, TestDocuments.chain(), DocumentLanguage.ZH),
                "香坊区志愿者协会", "志愿服务记录证明", "哈尔滨市", Instant.now());
        assertThat(PdfSignatures.allValid(signed)).isTrue();
        assertThat(TestDocuments.text(signed)).contains("王小明");
        byte[] changed = signed.clone();
        changed[signed.length / 3] ^= 0x20;
        assertThat(PdfSignatures.allValid(changed)).isFalse();
    }

    @Test
    void contentNamesCategoriesInTheLanguageAndKeepsUnknownOnes() {
        var lines = List.of(new CertificatePdf.Line(LocalDate.of(2026, 1, 1), "A", "KNITTING", "U", BigDecimal.ONE),
                new CertificatePdf.Line(LocalDate.of(2026, 1, 2), "B", "ENVIRONMENT", "U", BigDecimal.ONE));
        assertThat(CertificatePdf.content(lines, DocumentLanguage.ZH)).isEqualTo("KNITTING、环境保护：A；B");
        assertThat(CertificatePdf.content(lines, DocumentLanguage.EN)).isEqualTo("KNITTING, environment: A; B");
    }

    /**
     * 𠀀 (U+20000, CJK Extension B) is printed from the fallback font (fonts-hanazono); 𰀀 (U+30000, Extension G), which
     * no font has, is its code point at worst, never "?": the service refuses such a certificate before that.
     */
    @Test
    void aRareNameIsPrintedAndOneNoFontHasIsNeverAQuestionMark() {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            String text = TestDocuments.text(CertificatePdf.render(named("𠀀李"), TestDocuments.chain(), language));
            assertThat(text).contains("𠀀李").doesNotContain("[U+", "?李");
            text = TestDocuments.text(CertificatePdf.render(named("𰀀李"), TestDocuments.chain(), language));
            assertThat(text).contains("[U+30000]李").doesNotContain("?李");
        }
        assertThat(TestDocuments.chain().unprintable("𠀀李")).isEmpty();
        assertThat(TestDocuments.chain().unprintable("𰀀李")).containsExactly(0x30000);
    }

    private static CertificatePdf.Content named(String name) {
        return new CertificatePdf.Content(name, CONTENT.volunteerNumber(), CONTENT.hours(), CONTENT.lines(),
                CONTENT.recordingUnits(), CONTENT.verificationCode(), CONTENT.verificationUrl(), CONTENT.issuedAt(),
                CONTENT.zone());
    }
}
