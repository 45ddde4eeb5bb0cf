package org.volunteernet.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.volunteernet.common.ratelimit.RateLimits;
import org.volunteernet.common.rest.AllowedMethods;
import org.volunteernet.common.rest.RefusedJsonValue;

/**
 * Turns every failure into application/problem+json. Client mistakes are 4xx with the offending
 * fields; only a fault of ours is 500, logged with its stack trace and answered without details.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Jackson's message for a key given twice under STRICT_DUPLICATE_DETECTION (see rest/StrictJson). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'");

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }

    private static Problem problem(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, errors);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e instanceof RateLimits.TooManyRequests tooMany) {
            return Response.fromResponse(respond(e.toProblem(), uri))
                    .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds()).build();
        }
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(problem(ProblemKind.VALIDATION, detail, errors), uri);
    }

    /**
     * The offending field as the client named it: {@code register.request.deeds[0].minutes} becomes
     * {@code deeds[0].minutes}; a violation on a parameter itself (a query parameter) keeps its name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        Path.MethodNode method = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = httpName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                default -> {
                    if (node.isInIterable()) {
                        path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        path.append(path.length() > 0 ? "." : "").append(node.getName());
                    }
                }
            }
        }
        if (path.length() > 0) {
            return path.toString();
        }
        return parameter != null ? parameter : "body";
    }

    /**
     * A resource method's parameter as the client names it (issue 18: a 400 names what the request has): a query,
     * path or header parameter by its name in the request, the entity (the JSON body, e.g. null) as {@code body}.
     * Without the method at hand, the Java name as before.
     */
    static String httpName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null) {
            return parameter.getName();
        }
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            java.lang.reflect.Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (java.util.Arrays.stream(declared.getAnnotations())
                    .noneMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                continue; // a generated subclass's override (interceptors) carries none of the resource's annotations
            }
            java.lang.annotation.Annotation[] annotations = declared.getParameterAnnotations()[parameter.getParameterIndex()];
            for (java.lang.annotation.Annotation annotation : annotations) {
                if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                    return query.value();
                } else if (annotation instanceof jakarta.ws.rs.PathParam path) {
                    return path.value();
                } else if (annotation instanceof jakarta.ws.rs.HeaderParam header) {
                    return header.value();
                } else if (annotation instanceof jakarta.ws.rs.FormParam form) {
                    return form.value();
                } else if (annotation instanceof jakarta.ws.rs.core.Context || annotation instanceof jakarta.ws.rs.CookieParam
                        || annotation instanceof jakarta.ws.rs.BeanParam || annotation.annotationType().getPackageName()
                        .startsWith("org.jboss.resteasy.reactive")) {
                    return parameter.getName();
                }
            }
            return "body"; // no JAX-RS annotation: the request's entity
        }
        return parameter.getName();
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            // the parser stands in the object with the duplicate as its current name: participants[0].hours
            String field = pathAt(e.getProcessor()).orElse(duplicate.group(1));
            return respond(problem(ProblemKind.VALIDATION, field + " is given more than once",
                    List.of(new Problem.FieldError(field, "given more than once"))), uri);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return respond(problem(ProblemKind.MALFORMED_JSON, "The body is not valid JSON" + where,
                List.of(new Problem.FieldError("body", "not valid JSON" + where))), uri);
    }

    /**
     * A number beyond its field's type ({@code "capacity":2147483648}), from the parser: named by the parser's
     * position ({@code capacity}, {@code participants[0].hours}), with the type's range in plain words.
     */
    @ServerExceptionMapper(priority = 1)
    public Response outOfRange(InputCoercionException e, UriInfo uri) {
        return outOfRange(pathAt(e.getProcessor()).orElse("body"), e.getTargetType(), uri);
    }

    private static Response outOfRange(String field, Class<?> type, UriInfo uri) {
        String message = outOfRangeMessage(type);
        return respond(problem(ProblemKind.VALIDATION, field + " " + message,
                List.of(new Problem.FieldError(field, message))), uri);
    }

    static String outOfRangeMessage(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return "must be an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        return "is out of range";
    }

    /** The JSON path ({@code participants[0].hours}) where a parser stands, when the exception carries it. */
    static java.util.Optional<String> pathAt(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return java.util.Optional.empty();
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.push(context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(path.toString());
    }

    /** A string or date refused by StrictJson (a control character, a year beyond 9999), named by its path. */
    @ServerExceptionMapper(priority = 1)
    public Response refusedValue(RefusedJsonValue e, UriInfo uri) {
        String field = pathOf(e);
        return respond(problem(ProblemKind.VALIDATION, field + " " + e.reason(),
                List.of(new Problem.FieldError(field, e.reason()))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(problem(ProblemKind.VALIDATION, "Unknown field " + field,
                List.of(new Problem.FieldError(field, "unknown field"))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(problem(ProblemKind.VALIDATION, field + " must be " + expected,
                List.of(new Problem.FieldError(field, "must be " + expected))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        String expected = e.getTargetType() == null ? "of another type" : describe(e.getTargetType());
        if (e.getPath().isEmpty()) {
            return respond(problem(ProblemKind.MALFORMED_JSON, "The body must be " + expected,
                    List.of(new Problem.FieldError("body", "must be " + expected))), uri);
        }
        return respond(problem(ProblemKind.VALIDATION, field + " must be " + expected,
                List.of(new Problem.FieldError(field, "must be " + expected))), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? "body" : pathOf(e);
        if (e.getCause() instanceof InputCoercionException range) {
            // a number beyond its type, met while Jackson built an object: it knows the field's path
            return outOfRange(e.getPath().isEmpty() ? pathAt(range.getProcessor()).orElse("body") : field,
                    range.getTargetType(), uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            // e.g. a key given twice inside a nested object: the parser knows the key, the path stops above it
            return malformedJson(parse, uri);
        }
        String reason = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
        return respond(problem(ProblemKind.VALIDATION, field + ": " + reason,
                List.of(new Problem.FieldError(field, reason))), uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(problem(ProblemKind.MALFORMED_JSON, "The body cannot be read as JSON",
                List.of(new Problem.FieldError("body", "cannot be read as JSON"))), uri);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "a date-time with offset (ISO-8601)";
            case "UUID" -> "a UUID";
            case "int", "Integer", "long", "Long", "short", "Short" -> "an integer";
            case "BigDecimal", "double", "Double", "float", "Float" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            default -> "a JSON " + (type.isArray() ? "array" : "object");
        };
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class,
            AuthenticationRedirectException.class, UnauthorizedException.class})
    public Response unauthenticated(UriInfo uri) {
        return unauthorized(uri);
    }

    private static Response unauthorized(UriInfo uri) {
        Response base = respond(problem(ProblemKind.UNAUTHENTICATED,
                "Send a valid bearer token from the volunteer-network realm", List.of()), uri);
        return Response.fromResponse(base).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(ProblemKind.FORBIDDEN, "Your role does not allow this call", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(problem(ProblemKind.CONFLICT,
                "Someone else changed this resource at the same time; read it again and retry", List.of()), uri);
    }

    /** A unique constraint lost a race with a concurrent request: the data already exists. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(problem(ProblemKind.CONFLICT,
                "This conflicts with data that already exists", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers,
            jakarta.ws.rs.core.Request request) {
        if (e instanceof org.volunteernet.common.rest.QueryParameters.Refused refused) {
            return problem(refused.problem(), uri);
        }
        // Quarkus REST wraps some body-reading failures (e.g. a truncated body) in a 400
        if (e.getCause() instanceof RefusedJsonValue refused) {
            return refusedValue(refused, uri);
        }
        if (e.getCause() instanceof InputCoercionException range) {
            return outOfRange(range, uri);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e.getCause() instanceof InvalidFormatException invalid) {
            return wrongValue(invalid, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException other) {
            return otherJson(other, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(new Problem(ProblemKind.INTERNAL.type(), ProblemKind.INTERNAL.title(), status,
                    "The request could not be completed", null, List.of()), uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        Problem problem = new Problem(kind.type(), kind.title(), status, org.volunteernet.common.rest.HttpWords.detail(e, headers,
                uri == null ? "/" : uri.getPath(), request == null ? "" : request.getMethod()), null, List.of());
        Response answer = respond(problem, uri);
        if (status == 405) {
            // RFC 9110 §15.5.6: a 405 names the methods the target supports
            String allow = uri == null ? "" : AllowedMethods.allow(uri.getPath());
            if (!allow.isEmpty()) {
                return Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(problem(ProblemKind.INTERNAL, "The request could not be completed", List.of()), uri);
    }
}
