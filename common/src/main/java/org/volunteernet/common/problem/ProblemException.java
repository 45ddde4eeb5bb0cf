package org.volunteernet.common.problem;

import java.util.List;

/** A refusal the client can act on; mapped to problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;

    /** A refusal of {@code kind} (its status and title), with the occurrence's own account and the fields at fault. */
    public ProblemException(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = kind.status();
        this.kind = kind.slug();
        this.title = kind.title();
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemKind.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemKind.NOT_FOUND, "No " + what + " with id " + id, List.of());
    }

    /**
     * The refusal of an item the caller may not act on: 403 with {@code detail} when the caller may know that the item
     * exists ({@code seen}: e.g. the office of its district asking for what only the volunteer does), else exactly the
     * 404 of an id of nothing ({@link #notFound}), so that an item of another district, or another volunteer's,
     * reads like a nonexistent one.
     */
    public static ProblemException refused(boolean seen, String what, Object id, String detail) {
        return seen ? forbidden(detail) : notFound(what, id);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemKind.FORBIDDEN, detail, List.of());
    }

    /** 409 with no field to blame: the state of the resource refuses it (e.g. a record already decided). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemKind.CONFLICT, detail, List.of());
    }

    /**
     * 409 that one field's value plainly causes (an ID number already registered, a name already taken): {@code
     * errors} names {@code field} with {@code fieldMessage}, as every other refusal names its field.
     */
    public static ProblemException conflict(String field, String fieldMessage, String detail) {
        return new ProblemException(ProblemKind.CONFLICT, detail, List.of(new Problem.FieldError(field, fieldMessage)));
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(ProblemKind.STALE_VERSION,
                "If-Match does not match the current version " + current + "; read it again and retry", List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, detail, List.of());
    }

    /** 422: the request is well formed but breaks a rule about {@code field} (e.g. another district's volunteer). */
    public static ProblemException ruleViolated(String field, String fieldMessage, String detail) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, detail,
                List.of(new Problem.FieldError(field, fieldMessage)));
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_PREFIX + kind, title, status, getMessage(), null, errors);
    }

    public int status() {
        return status;
    }
}
