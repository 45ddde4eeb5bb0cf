package org.volunteernet.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:volunteernet:problem:validation") String type,
        @Schema(description = "Short human summary", example = "Request is not valid") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Offending fields, for validation failures") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:volunteernet:problem:";

    /** One offending field: its JSON path in the request and why it was refused. */
    public record FieldError(String field, String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
