package org.volunteernet.volunteer.certificate.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Certificates ({@code volunteernet.certificate.*}): where they are verified and how they are signed. */
@ConfigMapping(prefix = "volunteernet.certificate")
public interface CertificateConfig {

    /**
     * The public verification URL the QR code carries, with {@code {code}} standing for the verification
     * code; production sets the network's public address.
     */
    @WithDefault("http://127.0.0.1:8080/api/v1/certificates/{code}")
    String verificationUrl();

    /** Where the signature says it was made (shown by PDF readers). */
    @WithDefault("哈尔滨市")
    String signingLocation();

    Signing signing();

    /** The key that signs certificates (PDF signature, adbe.pkcs7.detached, SHA-256). */
    interface Signing {

        /** PEM private key (PKCS#8 or traditional RSA/EC), unencrypted; read at start. */
        Optional<String> keyFile();

        /** PEM certificate chain, the signing certificate first. */
        Optional<String> certificateFile();

        /**
         * Whether a missing key may be replaced by a throw-away self-signed key made at start, named
         * "LOCAL DEVELOPMENT ONLY". True in the dev and test profiles and on the local stack
         * ({@code volunteernet.demo.enabled}); production leaves it false and refuses to start without a
         * configured key, or with a certificate named as a local-development one.
         */
        @WithDefault("false")
        boolean allowLocalDevelopmentKey();
    }
}
