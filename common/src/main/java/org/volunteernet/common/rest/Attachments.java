package org.volunteernet.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * Downloads (report exports, rosters, participant sheets, certificates): a body with its
 * {@code Content-Disposition} and a file name that may be Chinese (RFC 6266 with RFC 8187's
 * {@code filename*}, which Excel, browsers and curl -J read) beside an ASCII fallback for old clients.
 */
public final class Attachments {

    /** The media type of every CSV export. */
    public static final String CSV = "text/csv; charset=UTF-8";

    private Attachments() {
    }

    /**
     * 200 with the bytes as an attachment named {@code asciiName} for old clients and {@code name} (any Unicode,
     * e.g. Chinese) by RFC 6266 / RFC 8187 {@code filename*=UTF-8''...}.
     */
    public static Response attachment(byte[] body, String mediaType, String asciiName, String name) {
        return Response.ok(body, mediaType).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, name)).build();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}: saved, not shown. */
    public static String contentDisposition(String asciiName, String name) {
        return disposition("attachment", asciiName, name);
    }

    /** {@code inline; ...}: shown by a browser (a PDF to print), saved under the name when saved. */
    public static String inline(String asciiName, String name) {
        return disposition("inline", asciiName, name);
    }

    private static String disposition(String type, String asciiName, String name) {
        String fallback = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(name);
    }

    /** A file name from free text (e.g. a brand's name): path separators, quotes and control characters become _. */
    public static String safeName(String name) {
        return name.replaceAll("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|]", "_").strip();
    }

    /** RFC 8187 value-chars: attr-char stays, every other octet of the UTF-8 form is %XX (upper-case hex). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }
}
