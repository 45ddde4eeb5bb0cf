package org.volunteernet.volunteer.certificate.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.volunteernet.volunteer.record.domain.ServiceRecord;

/** Renders a certificate of volunteer service as PDF with OpenPDF. */
final class CertificatePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private CertificatePdf() {
    }

    record Content(String volunteerName, String volunteerNumber, BigDecimal hours, String serviceContent,
            List<String> recordingUnits, List<ServiceRecord> records, String verificationCode, Instant issuedAt,
            ZoneId zone) {
    }

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Certificate of Volunteer Service " + c.verificationCode());
            document.addCreator("volunteer-network");
            document.open();
            Paragraph title = new Paragraph("Certificate of Volunteer Service", TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(24);
            document.add(title);
            document.add(new Paragraph("This certifies that " + c.volunteerName() + " (volunteer number "
                    + c.volunteerNumber() + ") has given " + c.hours().stripTrailingZeros().toPlainString()
                    + " hours of recorded volunteer service.", BODY));
            document.add(spaced(new Paragraph("Service content: " + c.serviceContent(), BODY)));
            document.add(spaced(new Paragraph("Recorded by: " + String.join("; ", c.recordingUnits()), BODY)));

            PdfPTable table = new PdfPTable(new float[] {2.2f, 5f, 4f, 1.3f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(16);
            for (String heading : List.of("Date", "Activity", "Organizing unit", "Hours")) {
                PdfPCell cell = new PdfPCell(new Phrase(heading, HEADING));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (ServiceRecord record : c.records()) {
                table.addCell(new Phrase(record.date.toString(), BODY));
                table.addCell(new Phrase(record.activityName, BODY));
                table.addCell(new Phrase(record.organizingUnit, BODY));
                table.addCell(new Phrase(record.hours.stripTrailingZeros().toPlainString(), BODY));
            }
            document.add(table);

            document.add(spaced(new Paragraph("Verification code: " + c.verificationCode(), HEADING)));
            document.add(new Paragraph("Issued " + DateTimeFormatter.ISO_LOCAL_DATE.format(c.issuedAt().atZone(c.zone()))
                    + ", free of charge. Anyone can verify this certificate with its code at "
                    + "GET /api/v1/certificates/{code} of the volunteer network.", SMALL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(10);
        return paragraph;
    }
}
