package org.hotline.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem: 404 not found, 409 illegal move, 422 conflicting retry... */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Integer retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Not allowed in the current state", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid request", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 503: the service cannot take this now (a cap reached); the client may try again after this many seconds. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        ProblemException e = new ProblemException(503, "Service unavailable", detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** Seconds for a {@code Retry-After} header, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
