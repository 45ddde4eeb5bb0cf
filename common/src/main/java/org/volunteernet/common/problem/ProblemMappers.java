package org.volunteernet.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
        java.util.Map<String, ConstraintViolation<?>> byField = new java.util.TreeMap<>();
        java.util.List<Problem.FieldError> others = new java.util.ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = fieldOf(v);
            if (!isNumeric(v)) {
                others.add(new Problem.FieldError(field, v.getMessage()));
            } else {
                // one number, one error: a bound (1e400: "must be less than or equal to 24") over its digits
                byField.merge(field, v, (a, b) -> numericRank(a) <= numericRank(b) ? a : b);
            }
        }
        byField.forEach((field, v) -> others.add(new Problem.FieldError(field, plainMessage(v))));
        List<Problem.FieldError> errors = others.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(problem(ProblemKind.VALIDATION, detail, errors), uri);
    }

    /** A violation of a number's bounds or digits (@Digits, @DecimalMax, @Max, @Positive...). */
    private static boolean isNumeric(ConstraintViolation<?> v) {
        return numericRank(v) < Integer.MAX_VALUE;
    }

    /** Which of a number's violations is told (lower first): its bounds, then its digits. */
    private static int numericRank(ConstraintViolation<?> v) {
        java.lang.annotation.Annotation constraint = v.getConstraintDescriptor() == null ? null
                : v.getConstraintDescriptor().getAnnotation();
        if (constraint == null) {
            return Integer.MAX_VALUE;
        }
        return switch (constraint.annotationType().getSimpleName()) {
            case "DecimalMax", "DecimalMin", "Max", "Min", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" -> 0;
            case "Digits" -> 1;
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * A violation's message in plain words: Hibernate Validator's default for @Digits ("numeric value out of bounds
     * (&lt;2 digits&gt;.&lt;2 digits&gt; expected)") becomes "must have at most 2 integer digits and 2 decimals".
     */
    static String plainMessage(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor() != null
                && v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.Digits digits
                && digits.message().startsWith("{jakarta.validation.constraints.Digits")) {
            return "must have at most " + digits.integer() + " integer digits and " + digits.fraction() + " decimals";
        }
        return v.getMessage();
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
        return outOfRange(pathAt(e.getProcessor()).orElse("body"), e.getTargetType(), null, uri);
    }

    private static Response outOfRange(String field, Class<?> type, JsonMappingException.Reference where, UriInfo uri) {
        String message = declaredRange(where).orElseGet(() -> outOfRangeMessage(type));
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

    /**
     * The range the field declares with {@code @Min}/{@code @Max} ({@code capacity}: "must be an integer from 1 to
     * 10000"), which is what the client must send, rather than the range of its Java type; empty when the field (the
     * last step of the path, on the class being read) declares neither.
     */
    static java.util.Optional<String> declaredRange(JsonMappingException.Reference where) {
        if (where == null || where.getFieldName() == null || where.getFrom() == null) {
            return java.util.Optional.empty();
        }
        Class<?> owner = where.getFrom() instanceof Class<?> type ? type : where.getFrom().getClass();
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                java.lang.reflect.Field field = type.getDeclaredField(where.getFieldName());
                jakarta.validation.constraints.Min min = field.getAnnotation(jakarta.validation.constraints.Min.class);
                jakarta.validation.constraints.Max max = field.getAnnotation(jakarta.validation.constraints.Max.class);
                if (min != null && max != null) {
                    return java.util.Optional.of("must be an integer from " + min.value() + " to " + max.value());
                }
                if (max != null) {
                    return java.util.Optional.of("must be less than or equal to " + max.value());
                }
                if (min != null) {
                    return java.util.Optional.of("must be greater than or equal to " + min.value());
                }
                return java.util.Optional.empty();
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            }
        }
        return java.util.Optional.empty();
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
                    range.getTargetType(), e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1), uri);
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return beyondLimit(limit, field, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            // e.g. a key given twice inside a nested object: the parser knows the key, the path stops above it
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri); // a refusal of ours from a constructor Jackson called
        }
        // Jackson's own words name its classes ("Cannot construct instance of `...`"): never quoted (README)
        String reason = "cannot be read";
        return respond(problem(ProblemKind.VALIDATION, field + ": " + reason,
                List.of(new Problem.FieldError(field, reason))), uri);
    }

    /**
     * A limit of the JSON reader (StreamReadConstraints: nesting depth 1000, number length 1000, string length 20 M)
     * in plain words, never the library's message (which names its own classes).
     */
    @ServerExceptionMapper(priority = 1)
    public Response streamLimit(StreamConstraintsException e, UriInfo uri) {
        return beyondLimit(e, pathAt(e.getProcessor()).orElse("body"), uri);
    }

    private static final Pattern LIMIT = Pattern.compile("^(Document nesting depth|Number value length|String value length)"
            + ".*?maximum allowed \\((\\d+)");

    private static Response beyondLimit(StreamConstraintsException e, String field, UriInfo uri) {
        Matcher limit = LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
        String message = !limit.find() ? "exceeds a limit of the JSON reader" : switch (limit.group(1)) {
            case "Document nesting depth" -> "must not be nested more than " + limit.group(2) + " levels deep";
            case "Number value length" -> "must be a number of at most " + limit.group(2) + " characters";
            default -> "must be at most " + limit.group(2) + " characters";
        };
        return respond(problem(ProblemKind.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message))), uri);
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
        if (type.isArray() && type != byte[].class || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array"; // deeds: {} where a list is read (Jackson names the List, ArrayList, Set... it builds)
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
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return streamLimit(limit, uri);
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
