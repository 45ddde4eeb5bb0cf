package org.volunteernet.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestDocuments;

/** Plain JUnit: the shared renderer draws Chinese in an embedded subset font, QR codes read back, signatures hold. */
@Tag("unit")
class PdfDocumentTest {

    private static byte[] sample(int rows) {
        try (PdfDocument doc = PdfDocument.create(TestDocuments.font(), "志愿服务记录证明")) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("志愿者", "王小明");
            fields.put("记录单位", "香坊区志愿者协会");
            doc.title("志愿服务记录证明", 20).fields(fields, 11, 80)
                    .paragraph("服务内容：敬老院探望·包饺子。 Service content in English wraps at spaces as well.", 11);
            List<List<String>> body = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                body.add(List.of("2026-03-" + (10 + i % 18), "敬老院探望·包饺子", "香坊区志愿者协会", "2.5"));
            }
            doc.table(new float[] {2, 5, 4, 1.3f}, List.of("日期", "活动", "组织单位", "时长"), body, 10);
            doc.qrCode("https://volunteer.example/verify/ABCD-EFGH-JKLM-NPQR", 90, List.of("验证码 ABCD-EFGH-JKLM-NPQR"), 9);
            return doc.toBytes();
        }
    }

    @Test
    void chineseTextIsExtractableAndEveryFontIsEmbedded() {
        byte[] pdf = sample(3);
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("志愿服务记录证明", "王小明", "香坊区志愿者协会", "敬老院探望·包饺子", "验证码");
        assertThat(TestDocuments.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).isTrue());
        // a subset: far smaller than the 5 MB collection
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void longTablesContinueOnNewPagesWithTheirHeader() throws Exception {
        byte[] pdf = sample(80);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = TestDocuments.text(pdf);
        assertThat(text.split("组织单位", -1).length - 1).isGreaterThan(1);
    }

    @Test
    void qrCodeReadsBackAsTheUrl() throws Exception {
        byte[] pdf = sample(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText())
                    .isEqualTo("https://volunteer.example/verify/ABCD-EFGH-JKLM-NPQR");
        }
    }

    @Test
    void charactersTheFontLacksDoNotBreakTheDocument() {
        try (PdfDocument doc = PdfDocument.create(TestDocuments.font(), "t")) {
            assertThat(doc.drawable("李\u200B明\uD83D\uDE00\u0007")).isEqualTo("李明[U+1F600]");
        }
    }

    /** 𠀀 (U+20000, CJK Extension B) is not in fonts-wqy-microhei: in that font alone the PDF shows its code point. */
    @Test
    void aCharacterTheFontLacksIsPrintedAsItsCodePointNeverAsAQuestionMark() {
        DocumentFont font = TestDocuments.font();
        assertThat(FontChain.of(font).unprintable("𠀀李 王小明")).containsExactly(0x20000);
        assertThat(FontChain.of(font).unprintable("王小明")).isEmpty();
        assertThat(DocumentFont.describe(0x20000)).isEqualTo("𠀀 (U+20000)");
        byte[] pdf;
        try (PdfDocument doc = PdfDocument.create(font, "t")) {
            doc.paragraph("志愿者 𠀀李", 11).table(new float[] {1, 4}, List.of("序号", "姓名"), List.of(List.of("1", "𠀀李")), 10);
            pdf = doc.toBytes();
        }
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("志愿者 [U+20000]李", "[U+20000]李").doesNotContain("?");
    }

    /**
     * Rare name characters (𠀀 U+20000, 𪚥 U+2A6A5: CJK Extension B) come from the fallback HanaMinB, the rest from
     * WenQuanYi Micro Hei, both embedded as subsets; the text extracts back as written, with no code point markers.
     */
    @Test
    void rareCharactersAreDrawnInTheFallbackFontAndExtractAsWritten() {
        FontChain chain = TestDocuments.chain();
        String mixed = "志愿者 𠀀李、𪚥王 (Li Wang) 香坊区";
        assertThat(chain.unprintable(mixed)).isEmpty();
        assertThat(chain.fontFor(0x20000)).isEqualTo(1);
        assertThat(chain.fontFor('李')).isZero();
        byte[] pdf;
        try (PdfDocument doc = PdfDocument.create(chain, "t")) {
            doc.title("志愿服务记录证明 𠀀李", 20).paragraph(mixed, 11)
                    .table(new float[] {1, 4}, List.of("序号", "姓名"), List.of(List.of("1", "𠀀李"), List.of("2", "𪚥")), 10);
            pdf = doc.toBytes();
        }
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("志愿服务记录证明 𠀀李", mixed, "𠀀李", "𪚥").doesNotContain("[U+", "?");
        assertThat(TestDocuments.fonts(pdf)).allSatisfy(f -> assertThat(f.embedded()).isTrue())
                .extracting(f -> f.name().substring(f.name().indexOf('+') + 1)).contains("WenQuanYiMicroHei", "HanaMinB");
        assertThat(pdf.length).isLessThan(200_000); // subsets, not the 30 MB fallback
    }

    @Test
    void aDocumentWithoutRareCharactersEmbedsOnlyTheMainFont() {
        byte[] pdf;
        try (PdfDocument doc = PdfDocument.create(TestDocuments.chain(), "t")) {
            pdf = doc.paragraph("王小明 Wang Xiaoming", 11).toBytes();
        }
        assertThat(TestDocuments.fonts(pdf)).extracting(TestDocuments.FontUse::name)
                .allSatisfy(name -> assertThat(name).endsWith("WenQuanYiMicroHei"));
    }

    /** One document at a time holds parsed fallback fonts (75 MB for HanaMinB): from its first rare character to close. */
    @Test
    void aDocumentHoldsTheFallbackTurnOnlyFromItsFirstRareCharacterUntilClosed() {
        FontChain chain = FontChain.of(TestDocuments.font(), TestDocuments.chain().fonts().subList(1, 3));
        try (PdfDocument doc = PdfDocument.create(chain, "t")) {
            doc.paragraph("王小明", 11);
            assertThat(chain.fallbackTurnFree()).isTrue();
            doc.paragraph("𠀀李", 11).paragraph("䶮", 11);
            assertThat(chain.fallbackTurnFree()).isFalse();
            doc.toBytes();
        }
        assertThat(chain.fallbackTurnFree()).isTrue();
    }

    /** 𰀀 (U+30000, CJK Extension G, Unicode 13) is newer than fonts-hanazono: no font has it, so its code point. */
    @Test
    void aCharacterNoFontHasIsStillItsCodePoint() {
        FontChain chain = TestDocuments.chain();
        assertThat(chain.unprintable("𰀀李 𠀀\uE000")).containsExactly(0x30000, 0xE000);
        byte[] pdf;
        try (PdfDocument doc = PdfDocument.create(chain, "t")) {
            pdf = doc.paragraph("志愿者 𰀀𠀀李", 11).toBytes();
        }
        assertThat(TestDocuments.text(pdf)).contains("志愿者 [U+30000]𠀀李");
    }

    /** A line's width is the sum of its runs', each in its own font; lines break by those widths. */
    @Test
    void widthsAndLineBreaksUseEachRunsFont() {
        try (PdfDocument chained = PdfDocument.create(TestDocuments.chain(), "t");
                PdfDocument fallbackAlone = PdfDocument.create(TestDocuments.chain().fonts().get(1), "t");
                PdfDocument mainAlone = PdfDocument.create(TestDocuments.font(), "t")) {
            float rare = fallbackAlone.width("𠀀𪚥", 10);
            float common = mainAlone.width("李 Li", 10);
            assertThat(rare).isGreaterThan(15); // two full-width glyphs of about 10 points each
            assertThat(chained.width("𠀀李 Li𪚥", 10)).isCloseTo(rare + common, org.assertj.core.data.Offset.offset(0.01f));
            float oneRare = fallbackAlone.width("𠀀", 10);
            float oneCommon = mainAlone.width("李", 10);
            // room for 𠀀李𪚥 but not for 王 after them: the break falls where the runs' widths say
            float max = 2 * oneRare + oneCommon + oneCommon / 2;
            assertThat(chained.wrap("𠀀李𪚥王", 10, max)).containsExactly("𠀀李𪚥", "王");
        }
    }

    @Test
    void aMissingFallbackFontLeavesTheMainFontWorking() {
        assertThatThrownBy(() -> DocumentFont.fallback(Path.of("/nonexistent/HanaMinB.ttf")))
                .isInstanceOf(DocumentFontException.class).hasMessageContaining("/nonexistent/HanaMinB.ttf");
        DocumentFonts fonts = new DocumentFonts(config(List.of("/nonexistent/HanaMinB.ttf",
                DocumentConfig.DEFAULT_FALLBACK_FONT_PATHS.split(",")[0])));
        FontChain chain = fonts.chain();
        assertThat(chain.fonts()).extracting(DocumentFont::path).containsExactly(TestDocuments.font().path(),
                Path.of(DocumentConfig.DEFAULT_FALLBACK_FONT_PATHS.split(",")[0]));
        try (PdfDocument doc = fonts.newDocument("t")) {
            assertThat(TestDocuments.text(doc.paragraph("𠀀李", 11).toBytes())).contains("𠀀李");
        }
    }

    private static DocumentConfig config(List<String> fallbacks) {
        return new DocumentConfig() {
            @Override
            public String fontPath() {
                return TestDocuments.font().path().toString();
            }

            @Override
            public String fontName() {
                return DocumentConfig.DEFAULT_FONT_NAME;
            }

            @Override
            public List<String> fallbackFontPaths() {
                return fallbacks;
            }

            @Override
            public FontCheck fontCheck() {
                return FontCheck.WARN;
            }
        };
    }

    @Test
    void signatureVerifiesAndAnyChangedByteBreaksIt() {
        PdfSigner signer = PdfSigner.selfSigned("CN=香坊区志愿者协会 (test), O=volunteer-network", Duration.ofDays(1));
        byte[] signed = signer.sign(sample(2), "香坊区志愿者协会", "志愿服务记录证明", "哈尔滨", Instant.now());
        List<PdfSignatures.Checked> checked = PdfSignatures.check(signed);
        assertThat(checked).hasSize(1);
        assertThat(checked.get(0).valid()).as(String.valueOf(checked.get(0))).isTrue();
        assertThat(checked.get(0).signer()).isEqualTo(signer.certificate());
        assertThat(TestDocuments.text(signed)).contains("王小明");

        // a byte of the page content (early in the file), of the signature and an appended byte
        for (int position : new int[] {signed.length / 4, signed.length / 2, signed.length - 10}) {
            byte[] changed = signed.clone();
            changed[position] ^= 0x01;
            assertThat(PdfSignatures.allValid(changed)).as("byte %d changed", position).isFalse();
        }
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);
        appended[signed.length] = '\n';
        assertThat(PdfSignatures.allValid(appended)).isFalse();
    }

    @Test
    void signerReadsPemKeysAndCertificatesThatBelongTogether() throws Exception {
        PdfSigner.Pem pem = PdfSigner.selfSignedPem("CN=pem test", Duration.ofDays(1));
        PdfSigner signer = PdfSigner.fromPem(pem.privateKey(), pem.certificates());
        assertThat(PdfSignatures.allValid(signer.sign(sample(1), "n", "r", "l", Instant.now()))).isTrue();
        assertThat(signer.certificatesPem()).isEqualTo(pem.certificates());

        PdfSigner.Pem other = PdfSigner.selfSignedPem("CN=other", Duration.ofDays(1));
        assertThatThrownBy(() -> PdfSigner.fromPem(other.privateKey(), pem.certificates()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> PdfSigner.fromPem("nonsense", pem.certificates())).isInstanceOf(IllegalArgumentException.class);
        var ec = java.security.KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String ecKey = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(ec.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> PdfSigner.fromPem(ecKey, pem.certificates())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFontSaysWhichPackageToInstall() {
        assertThatThrownBy(() -> DocumentFont.load(Path.of("/nonexistent/font.ttc"), "X"))
                .isInstanceOf(DocumentFontException.class).hasMessageContaining("fonts-wqy-microhei");
        assertThatThrownBy(() -> DocumentFont.load(TestDocuments.font().path(), "NoSuchFace"))
                .isInstanceOf(DocumentFontException.class).hasMessageContaining("WenQuanYiMicroHei");
    }
}
