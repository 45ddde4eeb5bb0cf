package org.volunteernet.common.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The detail of a refusal that Quarkus REST makes itself (405, 406, 415, 404 of an unknown path, ...) in
 * plain words: its own messages name Java annotations ("did not match the value in @Consumes"), which say
 * nothing to a client. Never an exception's message, never a class name.
 */
public final class HttpWords {

    /**
     * The detail of a 404 for a path no operation serves (and of the operations paths on the public port): the same
     * words whatever the path, so that it says nothing about what exists elsewhere. ProblemLanguage has its Chinese.
     */
    public static final String UNKNOWN_PATH = "There is nothing at this path; see the API's OpenAPI document for its paths";

    private HttpWords() {
    }

    /** The problem detail for the framework's refusal {@code e} of a request with {@code request}'s headers. */
    public static String detail(WebApplicationException e, HttpHeaders request, String path, String method) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 405 -> method + " is not supported here; this path supports " + orNothing(AllowedMethods.allow(path));
            case 415 -> "Content-Type " + given(request == null ? null : request.getHeaderString(HttpHeaders.CONTENT_TYPE))
                    + " is not accepted here; send " + String.join(" or ", AllowedMethods.consumes(path, method));
            case 406 -> "Accept " + given(request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT))
                    + " cannot be answered here; this answers " + String.join(" or ", AllowedMethods.produces(path, method));
            case 404 -> UNKNOWN_PATH;
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
    }

    private static String given(String header) {
        if (header == null || header.isBlank()) {
            return "(none)";
        }
        String value = header.strip();
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static String orNothing(String allow) {
        return allow.isEmpty() ? "no method" : allow;
    }

}
