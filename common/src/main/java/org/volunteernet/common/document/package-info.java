/**
 * Documents the services hand out (certificates, sign-in sheets): PDFs in one embedded, subset CJK
 * font ({@link org.volunteernet.common.document.PdfDocument}), QR codes, and PDF signatures a reader
 * checks offline ({@link org.volunteernet.common.document.PdfSigner},
 * {@link org.volunteernet.common.document.PdfSignatures}). The font comes from the Debian package
 * fonts-wqy-microhei (WenQuanYi Micro Hei, Apache-2.0 or GPL-3+ with font exception) by default;
 * {@link org.volunteernet.common.document.DocumentConfig} says where it is looked for.
 */
package org.volunteernet.common.document;
