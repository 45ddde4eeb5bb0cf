/**
 * Documents the services hand out (certificates, sign-in sheets): PDFs in embedded, subset CJK
 * fonts ({@link org.volunteernet.common.document.PdfDocument}), QR codes, and PDF signatures a reader
 * checks offline ({@link org.volunteernet.common.document.PdfSigner},
 * {@link org.volunteernet.common.document.PdfSignatures}). The main font comes from the Debian package
 * fonts-wqy-microhei (WenQuanYi Micro Hei, Apache-2.0 or GPL-3+ with font exception) by default, the
 * fallbacks for rare characters (CJK Extension A-F) from fonts-hanazono (HanaMinB, HanaMinA; Hanazono
 * Font License or SIL OFL 1.1), in a {@link org.volunteernet.common.document.FontChain};
 * {@link org.volunteernet.common.document.DocumentConfig} says where they are looked for.
 *
 * <p>In a service, inject {@link org.volunteernet.common.document.DocumentFonts} (it answers 503
 * problem+json while the main font is missing) and pick the language with
 * {@link org.volunteernet.common.document.DocumentLanguage#negotiate} from {@code Accept-Language}; a
 * roster sign-in sheet, for example:
 * <pre>{@code
 * try (PdfDocument sheet = PdfDocument.create(fonts.chain(), "签到表", PdfDocument.a4Landscape())) {
 *     sheet.title("签到表 · " + activity.title, 18).paragraph(place + "  " + date, 10)
 *          .table(new float[] {1, 4, 3, 3, 3}, List.of("序号", "姓名", "志愿者编号", "签到", "签退"), rows, 10);
 *     return sheet.toBytes();
 * }
 * }</pre>
 * A code printed for people (a work unit's kind, a service category, a sign-up's status) goes through
 * {@link org.volunteernet.common.document.Vocabulary} and hours through
 * {@link org.volunteernet.common.document.HoursText} (2 decimals), in every document alike.
 * Plain JUnit tests use {@code org.volunteernet.common.testing.TestDocuments} (common's test-jar): the
 * font and the chain, the extracted text, and a pdffonts-style list of every page's fonts with their embedding.
 */
package org.volunteernet.common.document;
