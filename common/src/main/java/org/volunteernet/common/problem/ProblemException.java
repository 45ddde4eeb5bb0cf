package org.volunteernet.common.problem;

import java.util.List;

/** A refusal the client can act on; mapped to problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " with id " + id, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflicts with the current state", detail, List.of());
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(412, "stale-version", "The resource has changed",
                "If-Match does not match the current version " + current + "; read it again and retry", List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "rule-violated", "Request breaks a rule", detail, List.of());
    }

    /** 422: the request is well formed but breaks a rule about {@code field} (e.g. another district's volunteer). */
    public static ProblemException ruleViolated(String field, String fieldMessage, String detail) {
        return new ProblemException(422, "rule-violated", "Request breaks a rule", detail,
                List.of(new Problem.FieldError(field, fieldMessage)));
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_PREFIX + kind, title, status, getMessage(), null, errors);
    }

    public int status() {
        return status;
    }
}
