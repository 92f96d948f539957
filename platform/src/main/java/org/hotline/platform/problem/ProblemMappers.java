package org.hotline.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.logging.Redacted;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one error format of every service: RFC 9457 problem details naming each bad field. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final String retryAfter;

    public ProblemMappers(HotlineConfig config) {
        this.retryAfter = Integer.toString(config.outage().retryAfterSeconds());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(uri.getPath()));
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** A valid token without the role the endpoint needs: 403 with a body saying so, like every other error. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403,
                "your role does not allow this operation", uri.getPath(), List.of()));
    }

    /**
     * No token, or one that is malformed, tampered with, expired or from another realm: 401 with a problem body and
     * the challenge (with lazy authentication the failure reaches this mapper instead of an empty answer).
     */
    @ServerExceptionMapper({io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem("about:blank", "Unauthorized", 401,
                        "a valid bearer token of the hotline realm is needed", uri.getPath(), List.of())))
                .header("WWW-Authenticate", "Bearer realm=\"hotline\"").build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid request", 400, detail, uri.getPath(), errors));
    }

    /** Unknown fields, unknown enum values, wrong types: more specific than Quarkus' built-in (bodiless) mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return respond(new Problem("about:blank", "Unknown field", 400, "unknown field " + field
                    + " (unknown fields are rejected, so that a typo never loses data)", uri.getPath(),
                    List.of(new Problem.FieldError(field, "is not a known field"))));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String field = path(format);
            String allowed = java.util.Arrays.toString(format.getTargetType().getEnumConstants());
            return respond(new Problem("about:blank", "Invalid request", 400, field + " must be one of " + allowed,
                    uri.getPath(), List.of(new Problem.FieldError(field, "must be one of " + allowed))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return respond(new Problem("about:blank", "Invalid request", 400, field + " has the wrong type or format",
                    uri.getPath(), List.of(new Problem.FieldError(field, "has the wrong type or format"))));
        }
        return respond(new Problem("about:blank", "Malformed JSON", 400, "the body is not valid JSON", uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (e.getResponse().hasEntity()) {
            return e.getResponse(); // an answer the resource built itself (Open311's own error format)
        }
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(),
                uri.getPath(), List.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        // Exception, not RuntimeException: a refused connection fails the request with a checked ConnectException
        if (Outage.isOutage(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getClass().getName());
            return Response.fromResponse(respond(new Problem("about:blank", "Service unavailable", 503,
                    "the service cannot reach its database just now; nothing was stored, try again shortly",
                    uri.getPath(), List.of()))).header("Retry-After", retryAfter).build();
        }
        if (LostRace.is(e)) {
            return problem(LostRace.problem(), uri);
        }
        String id = UUID.randomUUID().toString();
        // Log the classes and frames only: an exception message may quote request data.
        LOG.errorf(Redacted.of(e), "unexpected error %s on %s", id, uri.getPath());
        return respond(new Problem("about:blank", "Internal error", 500, "unexpected error, reference " + id,
                uri.getPath(), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            parts.add(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return String.join(".", parts).replace(".[", "[");
    }

    /** {@code register.request.caller.phone} becomes {@code caller.phone}: the JSON path the client sent. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                default -> {
                    if (node.getName() != null) {
                        names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
                    }
                }
            }
        }
        if (names.isEmpty()) {
            // a violation on a method parameter itself (a query parameter or header): its name is the last node
            Path.Node last = null;
            for (Path.Node node : violation.getPropertyPath()) {
                last = node;
            }
            return last == null ? "body" : last.getName();
        }
        return String.join(".", names);
    }
}
