package org.volunteernet.volunteer.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.document.PdfSignatures;
import org.volunteernet.common.document.PdfSigner;
import org.volunteernet.volunteer.certificate.service.CertificateConfig;
import org.volunteernet.volunteer.certificate.service.CertificateSigning;

/** Plain JUnit: where the signing key comes from, and that production refuses the local-development one. */
@Tag("unit")
class CertificateSigningTest {

    static CertificateConfig config(Optional<String> key, Optional<String> certificate, boolean allowLocal) {
        return new CertificateConfig() {
            public String verificationUrl() {
                return "http://127.0.0.1/{code}";
            }

            public String signingLocation() {
                return "哈尔滨市";
            }

            public Signing signing() {
                return new Signing() {
                    public Optional<String> keyFile() {
                        return key;
                    }

                    public Optional<String> certificateFile() {
                        return certificate;
                    }

                    public boolean allowLocalDevelopmentKey() {
                        return allowLocal;
                    }
                };
            }
        };
    }

    @Test
    void productionWithoutAKeyRefusesToStart() {
        assertThatThrownBy(() -> new CertificateSigning(config(Optional.empty(), Optional.empty(), false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key-file");
    }

    @Test
    void outsideProductionAThrowAwayLocalDevelopmentKeySigns() {
        CertificateSigning signing = new CertificateSigning(config(Optional.empty(), Optional.empty(), true));
        assertThat(signing.signer().certificate().getSubjectX500Principal().getName()).contains("LOCAL DEVELOPMENT ONLY");
    }

    @Test
    void configuredKeyFilesSignAndALocalDevelopmentCertificateIsRefusedInProduction() throws Exception {
        Path dir = Files.createTempDirectory("signing");
        PdfSigner.Pem own = PdfSigner.selfSignedPem("CN=香坊区志愿者协会, O=volunteer-network", Duration.ofDays(30));
        Files.writeString(dir.resolve("cert.pem"), own.certificates());
        Files.writeString(dir.resolve("key.pem"), own.privateKey());
        CertificateSigning signing = new CertificateSigning(config(Optional.of(dir.resolve("key.pem").toString()),
                Optional.of(dir.resolve("cert.pem").toString()), false));
        assertThat(signing.certificatesPem()).isEqualTo(own.certificates());

        PdfSigner.Pem local = PdfSigner.selfSignedPem(CertificateSigning.LOCAL_DEVELOPMENT_SUBJECT, Duration.ofDays(1));
        Files.writeString(dir.resolve("local-key.pem"), local.privateKey());
        Files.writeString(dir.resolve("local.pem"), local.certificates());
        assertThatThrownBy(() -> new CertificateSigning(config(Optional.of(dir.resolve("local-key.pem").toString()),
                Optional.of(dir.resolve("local.pem").toString()), false)))
                .hasMessageContaining("LOCAL DEVELOPMENT ONLY");
        // a key that is not the certificate's is refused at start
        assertThatThrownBy(() -> new CertificateSigning(config(Optional.of(dir.resolve("local-key.pem").toString()),
                Optional.of(dir.resolve("cert.pem").toString()), false))).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> new CertificateSigning(config(Optional.of(dir.resolve("key.pem").toString()),
                Optional.empty(), false))).hasMessageContaining("go together");
    }

    @Test
    void theLocalDevelopmentSignatureVerifies() {
        CertificateSigning signing = new CertificateSigning(config(Optional.empty(), Optional.empty(), true));
        byte[] pdf = org.volunteernet.volunteer.certificate.service.CertificatePdf.render(CertificatePdfTest.CONTENT,
                org.volunteernet.common.testing.TestDocuments.chain(), org.volunteernet.common.document.DocumentLanguage.ZH);
        assertThat(PdfSignatures.allValid(signing.sign(pdf, "香坊区志愿者协会", "志愿服务记录证明", Instant.now()))).isTrue();
    }
}
