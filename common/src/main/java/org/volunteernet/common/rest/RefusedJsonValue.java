package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a request body that is well-formed JSON of the right type but refused by {@link StrictJson}
 * (a control character in a string, a year beyond 9999). Jackson adds the field's path as the exception
 * travels out of the objects and arrays around it; ProblemMappers answers 400 naming that path with
 * {@link #reason()} as the field's message.
 */
public class RefusedJsonValue extends JsonMappingException {

    private final String reason;

    public RefusedJsonValue(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    /** The field's message, e.g. "must not contain a control character (U+0000)". */
    public String reason() {
        return reason;
    }
}
