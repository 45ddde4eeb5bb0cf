package org.volunteernet.common.document;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signatures of a PDF the way a reader does offline: each signature's CMS must verify over
 * exactly the byte ranges it names, and the last one must cover the whole file (nothing appended after
 * signing), and the zero padding after the CMS structure in /Contents must be untouched. Says nothing about trust in the signer: compare {@link Checked#signer()} with the certificate
 * you expect.
 */
public final class PdfSignatures {

    private PdfSignatures() {
    }

    /** The outcome for one signature. */
    public record Checked(boolean intact, boolean coversWholeFile, X509Certificate signer, String problem) {
        /** Intact and nothing added after it. */
        public boolean valid() {
            return intact && coversWholeFile;
        }
    }

    /** Every signature of {@code pdf}, in file order; an unreadable or unsigned file gives an empty list. */
    public static List<Checked> check(byte[] pdf) {
        List<Checked> results = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                results.add(checkOne(signature, pdf));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return results;
    }

    /** True when {@code pdf} has at least one signature and every one is intact, the last covering the whole file. */
    public static boolean allValid(byte[] pdf) {
        List<Checked> checked = check(pdf);
        return !checked.isEmpty() && checked.stream().allMatch(Checked::intact)
                && checked.get(checked.size() - 1).coversWholeFile();
    }

    private static Checked checkOne(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0
                && (long) range[2] + range[3] == pdf.length;
        try {
            byte[] signed = signature.getSignedContent(pdf);
            // the reserved /Contents space is zero-padded after the CMS structure: read the first object only
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                info = ContentInfo.getInstance(in.readObject());
            }
            byte[] contents = signature.getContents();
            for (int i = info.getEncoded().length; i < contents.length; i++) {
                if (contents[i] != 0) {
                    return new Checked(false, whole, null, "the signature's padding was changed");
                }
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Checked(false, whole, null, "the signer's certificate is not in the signature");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new Checked(intact, whole, certificate, intact ? null : "the signature does not match the content");
        } catch (Exception e) {
            return new Checked(false, whole, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
