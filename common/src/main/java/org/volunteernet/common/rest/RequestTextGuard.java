package org.volunteernet.common.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.validation.PlainTextValidator;

/**
 * Refuses, before routing, a path or query whose percent-encoded text is not well-formed: bytes that
 * are not strict UTF-8 (overlong forms such as {@code %C0%AF}, which lenient decoders read as
 * {@code /}; UTF-8-encoded surrogates, i.e. a lone surrogate), control characters (NUL, which
 * PostgreSQL cannot store in text) and bidirectional-override characters (Unicode TR 36, "Trojan
 * Source"). The answer is a 400 problem+json naming the query parameter, or {@code path}.
 */
@ApplicationScoped
public class RequestTextGuard {

    @ServerRequestFilter(preMatching = true)
    public void refuseMalformedText(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        problemIn(rawPath, true).ifPresent(reason -> {
            throw ProblemException.invalid("path", reason);
        });
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> nameProblem = problemIn(rawName, false);
            if (nameProblem.isPresent()) {
                throw ProblemException.invalid("query", "a parameter name " + nameProblem.get());
            }
            String name = decode(rawName, false);
            problemIn(rawValue, false).ifPresent(reason -> {
                throw ProblemException.invalid(name, reason);
            });
        }
    }

    /**
     * Why a raw (percent-encoded) URI component is refused, or empty when it is acceptable.
     * {@code inPath}: '+' is literal in a path and a space in a query.
     */
    static Optional<String> problemIn(String raw, boolean inPath) {
        String text;
        try {
            text = decodeStrictly(raw, inPath);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return Optional.of("is not well-formed UTF-8 (percent-encoded bytes)");
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint)) {
                return Optional.of("contains a control character (U+" + String.format("%04X", codePoint) + ")");
            }
            if (PlainTextValidator.isBidiControl(codePoint)) {
                return Optional.of("contains a bidirectional control character (U+" + String.format("%04X", codePoint) + ")");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static String decode(String raw, boolean inPath) {
        try {
            return decodeStrictly(raw, inPath);
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    /** Percent-decoding with a decoder that reports malformed UTF-8 instead of replacing it. */
    static String decodeStrictly(String raw, boolean inPath) throws CharacterCodingException {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("incomplete percent escape");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("bad percent escape");
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c == '+' && !inPath) {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(bytes);
        return chars.toString();
    }
}
