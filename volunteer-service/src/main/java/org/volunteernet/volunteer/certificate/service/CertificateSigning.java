package org.volunteernet.volunteer.certificate.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.volunteernet.common.document.PdfSigner;

/**
 * Signs certificate PDFs so that any PDF reader checks offline that nothing was changed since issue.
 * The key and certificate come from {@link CertificateConfig.Signing}; without them, outside production,
 * a throw-away key "LOCAL DEVELOPMENT ONLY" is made at start (each start a new one, so a PDF
 * signed before still verifies: its certificate travels inside the signature). Production refuses
 * to start without a configured key or with a local-development certificate.
 */
@Startup
@ApplicationScoped
public class CertificateSigning {

    /** The subject of the throw-away local-development certificate. */
    public static final String LOCAL_DEVELOPMENT_SUBJECT =
            "CN=volunteer-network certificate signing LOCAL DEVELOPMENT ONLY, O=volunteer-network";

    private static final Logger LOG = Logger.getLogger(CertificateSigning.class);

    private final PdfSigner signer;
    private final String location;

    public CertificateSigning(CertificateConfig config) {
        this.location = config.signingLocation();
        CertificateConfig.Signing signing = config.signing();
        if (signing.keyFile().isPresent() && signing.certificateFile().isPresent()) {
            signer = PdfSigner.fromPem(read(signing.keyFile().get()), read(signing.certificateFile().get()));
            if (signer.certificate().getSubjectX500Principal().getName().contains("LOCAL DEVELOPMENT ONLY")
                    && !signing.allowLocalDevelopmentKey()) {
                throw new IllegalStateException("volunteernet.certificate.signing names a LOCAL DEVELOPMENT ONLY "
                        + "certificate; production signs certificates with the network's own key");
            }
        } else if (signing.keyFile().isPresent() || signing.certificateFile().isPresent()) {
            throw new IllegalStateException("volunteernet.certificate.signing.key-file and certificate-file go together");
        } else if (signing.allowLocalDevelopmentKey()) {
            LOG.warn("Certificates are signed with a throw-away LOCAL DEVELOPMENT ONLY key; production sets "
                    + "volunteernet.certificate.signing.key-file and certificate-file");
            signer = PdfSigner.selfSigned(LOCAL_DEVELOPMENT_SUBJECT, Duration.ofDays(3650));
        } else {
            throw new IllegalStateException("No certificate signing key: set volunteernet.certificate.signing.key-file "
                    + "and certificate-file (PEM), e.g. VOLUNTEERNET_CERTIFICATE_SIGNING_KEY_FILE and "
                    + "VOLUNTEERNET_CERTIFICATE_SIGNING_CERTIFICATE_FILE");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("certificate signing file " + file + " cannot be read", e);
        }
    }

    /** The signed PDF; the signer's name is who recorded the service ("whoever records certifies"). */
    public byte[] sign(byte[] pdf, String signerName, String reason, Instant at) {
        return signer.sign(pdf, signerName, reason, location, at);
    }

    public PdfSigner signer() {
        return signer;
    }
}
