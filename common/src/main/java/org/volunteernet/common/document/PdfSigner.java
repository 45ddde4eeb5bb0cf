package org.volunteernet.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.volunteernet.common.time.NetworkClock;

/**
 * Signs PDFs with an embedded detached CMS signature ({@code adbe.pkcs7.detached}, SHA-256) so that any
 * PDF reader checks offline that not one byte changed since signing; the signer's certificate chain
 * travels inside the signature. Whether a reader also <em>trusts</em> the signer depends on that
 * certificate (a self-signed one shows "validity unknown" until the reader trusts it).
 *
 * <p>Keys: RSA or EC, PKCS#8 or traditional PEM; certificates: X.509 PEM, leaf first. Thread-safe.
 */
public final class PdfSigner {

    /** Room reserved for the CMS structure in the file, bytes (a chain of a few certificates fits). */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String algorithm;

    public PdfSigner(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing certificate is needed");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("signing keys are RSA or EC, not " + key.getAlgorithm());
        };
    }

    /**
     * From PEM text: a private key ("PRIVATE KEY", "RSA PRIVATE KEY" or "EC PRIVATE KEY") and one or more
     * certificates, the signer's first.
     *
     * @throws IllegalArgumentException when either cannot be read, naming which
     */
    public static PdfSigner fromPem(String privateKeyPem, String certificatesPem) {
        PrivateKey key;
        try (PEMParser parser = new PEMParser(new StringReader(privateKeyPem))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                key = converter.getKeyPair(pair).getPrivate();
            } else if (object instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                throw new IllegalArgumentException("the signing key is not an unencrypted PEM private key");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the signing key cannot be read: " + e.getMessage(), e);
        }
        List<X509Certificate> chain = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(certificatesPem))) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the signing certificate cannot be read: " + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no PEM certificate found for the signing key");
        }
        PdfSigner signer = new PdfSigner(key, chain);
        if (!signer.keyMatchesCertificate()) {
            throw new IllegalArgumentException("the signing key does not belong to the first certificate");
        }
        return signer;
    }

    /** A key and its self-signed certificate in PEM (PKCS#8 key, X.509 certificate). */
    public record Pem(String privateKey, String certificates) {
    }

    /**
     * A fresh RSA-2048 key and self-signed certificate for {@code subject} as PEM text: for tests, and as a
     * starting point for a network that signs with its own, not yet CA-issued, certificate.
     */
    public static Pem selfSignedPem(String subject, Duration validity) {
        PdfSigner signer = selfSigned(subject, validity);
        String key = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder(64,
                "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(signer.key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return new Pem(key, signer.certificatesPem());
    }

    private boolean keyMatchesCertificate() {
        try {
            byte[] probe = "volunteer-network".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.security.Signature sign = java.security.Signature.getInstance(algorithm);
            sign.initSign(key);
            sign.update(probe);
            byte[] signature = sign.sign();
            java.security.Signature verify = java.security.Signature.getInstance(algorithm);
            verify.initVerify(chain.get(0).getPublicKey());
            verify.update(probe);
            return verify.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A fresh RSA-2048 key with a self-signed certificate for {@code subject} (e.g. "CN=Test, O=Org"): tests and tools. */
    public static PdfSigner selfSigned(String subject, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            Instant now = NetworkClock.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(validity)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new PdfSigner(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("a self-signed certificate could not be made", e);
        }
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate chain in PEM, signer first. */
    public String certificatesPem() {
        StringBuilder pem = new StringBuilder();
        java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (X509Certificate certificate : chain) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }

    /**
     * Appends a signature to {@code pdf} (incremental update, so the signed bytes stay as they were).
     *
     * @param signerName shown by readers as who signed, e.g. the organisation
     * @param reason     shown by readers, e.g. "志愿服务记录证明"
     * @param location   shown by readers, e.g. the city
     * @param signedAt   the signing time written into the signature dictionary
     * @return the signed PDF
     */
    public byte[] sign(byte[] pdf, String signerName, String reason, String location, Instant signedAt) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = Calendar.getInstance();
            when.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, content -> cms(content.readAllBytes()), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be signed", e);
        }
    }

    private byte[] cms(byte[] content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, chain.get(0)));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("CMS signature failed", e);
        }
    }
}
