package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.problem.ProblemLanguage;

/**
 * The refusals the HTTP layer makes before a request reaches an endpoint, as problem+json like every
 * other error (issue 18), instead of Vert.x's and Quarkus's empty answers:
 * <ul>
 * <li>413 for a {@code Content-Length} above {@code volunteernet.http.max-body-size}, 414 for a request
 * target longer than {@code volunteernet.http.max-uri-length}, 431 for request headers larger than
 * {@code volunteernet.http.max-header-size} in all, each naming what is too large, from a route that runs
 * before Quarkus's own upload limit. Vert.x's decoder limits ({@code quarkus.http.limits.*}, set above
 * these) stay as the backstop: a request line or header block beyond them, or a chunked body beyond
 * {@code quarkus.http.limits.max-body-size}, is still refused with an empty 414/431/413 and the
 * connection closed.</li>
 * <li>403 for a request from a browser page of an origin outside {@code quarkus.http.cors.origins} (a CORS
 * preflight included), which Quarkus's CORS filter would answer with an empty 403 "CORS Rejected - Invalid origin".</li>
 * <li>404 on {@code /q/health}, {@code /q/metrics} and anything under them: health and metrics are served on the
 * management interface only (its own port, {@code quarkus.management.*}, exposed by no Service, Ingress or proxy),
 * and on the public port they are unknown paths like any other, whoever asks.</li>
 * <li>401 and 403 of routing failures (a permission policy's refusal, which Quarkus would answer empty), with
 * {@code WWW-Authenticate: Bearer} on the 401, from a failure handler; a failure that comes after the answer was
 * written (a deferred identity failing once our refusal is out) is not answered or logged again.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpRefusals {

    private static final Logger LOG = Logger.getLogger(HttpRefusals.class);

    @ConfigProperty(name = "volunteernet.http.max-body-size", defaultValue = "512K")
    MemorySize maxBody;

    @ConfigProperty(name = "volunteernet.http.max-uri-length", defaultValue = "4096")
    int maxUri;

    @ConfigProperty(name = "volunteernet.http.max-header-size", defaultValue = "16K")
    MemorySize maxHeaders;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    java.util.Optional<List<String>> corsOrigins;

    @Inject
    ObjectMapper json;

    /**
     * As a filter (Quarkus applies it to the application's and to the framework's routes of the public port, /q/*
     * included, as it does its security filters): the limits before authentication (a filter of priority 1000).
     */
    void install(@Observes Filters filters) {
        filters.register(this::limits, LIMITS_PRIORITY);
    }

    /**
     * On the public port's router (the management interface has a router of its own, untouched): the operations
     * paths answer 404 after the filters, and failures that reach the router (e.g. a ForbiddenException from a
     * permission policy) are answered as problem+json.
     */
    void install(@Observes Router router) {
        router.route().order(-LIMITS_PRIORITY).failureHandler(this::failed);
        router.routeWithRegex(OPERATIONS_PATHS.pattern()).order(-1).handler(this::notHere);
    }

    static final int LIMITS_PRIORITY = 1000;
    /** Health and metrics: on the management interface only; on the public port an unknown path. */
    static final java.util.regex.Pattern OPERATIONS_PATHS = java.util.regex.Pattern.compile("/q/(health|metrics)(/.*)?");

    /** The answer of any unknown path (ProblemMappers' 404), so that the public port does not even hint at them. */
    void notHere(RoutingContext context) {
        answer(context, problem(ProblemKind.NOT_FOUND, HttpWords.UNKNOWN_PATH, null, List.of()));
    }

    private void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        answer(context, problem(ProblemKind.UNAUTHENTICATED,
                "Send a valid bearer token from the volunteer-network realm", null, List.of()));
    }

    private void forbidden(RoutingContext context) {
        answer(context, problem(ProblemKind.FORBIDDEN,
                "Your role does not allow this call", null, List.of()));
    }

    void limits(RoutingContext context) {
        // every answer of the public port, whoever writes it (an endpoint, a refusal here, Vert.x, a server-sent event
        // stream, where JAX-RS response filters do not run): no-store and nosniff, as SecurityHeaders does for JAX-RS
        context.addHeadersEndHandler(head -> SecurityHeaders.protect(context.response().headers()));
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !originAllowed(origin, context)) {
            // Quarkus's CORS filter (priority 300, after this one) would answer an empty 403 "CORS Rejected"
            refuse(context, ProblemKind.FORBIDDEN,
                    "Origin " + origin + " may not call this API from a browser (it is not one of the allowed origins)",
                    "Origin", "not an allowed origin");
            return;
        }
        String target = context.request().uri();
        if (target != null && target.length() > maxUri) {
            refuse(context, ProblemKind.URI_TOO_LONG,
                    "The request target has " + target.length() + " characters; at most " + maxUri + " are accepted",
                    "uri", "longer than " + maxUri + " characters");
            return;
        }
        long headerBytes = headerBytes(context.request().headers());
        if (headerBytes > maxHeaders.asLongValue()) {
            refuse(context, ProblemKind.HEADERS_TOO_LARGE,
                    "The request headers have " + headerBytes + " bytes; at most " + maxHeaders.asLongValue() + " are accepted",
                    "headers", "larger than " + maxHeaders.asLongValue() + " bytes");
            return;
        }
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                refuse(context, ProblemKind.VALIDATION, "Content-Length: is not a number",
                        "Content-Length", "is not a number");
                return;
            }
            if (length > maxBody.asLongValue()) {
                refuse(context, ProblemKind.PAYLOAD_TOO_LARGE,
                        "The request body has " + length + " bytes; at most " + maxBody.asLongValue() + " are accepted",
                        "body", "larger than " + maxBody.asLongValue() + " bytes");
                return;
            }
        }
        context.next();
    }

    void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended() || context.response().closed()) {
            // answered already, e.g. our refusal, then a deferred identity failing after it: passing the failure on
            // would make Quarkus' error handler log "Response head already sent" for an answer that was right
            LOG.debugf("%s after the answer to %s was sent: %s", failure == null ? "A failure" : failure.getClass().getName(),
                    context.normalizedPath(), failure == null ? context.statusCode() : failure.getMessage());
            return;
        }
        if (context.response().headWritten()) {
            // failed in the middle of an answer: the client can only be told by the end of the connection (stream)
            LOG.warnf(failure, "Failed while answering %s; the answer is cut short", context.normalizedPath());
            context.response().reset();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException
                || failure == null && context.statusCode() == 401) {
            unauthenticated(context);
        } else if (failure instanceof ForbiddenException || failure == null && context.statusCode() == 403) {
            forbidden(context);
        } else if (failure == null && context.statusCode() == 413) {
            answer(context, problem(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The request body is larger than accepted", null,
                    List.of(new Problem.FieldError("body", "too large"))));
        } else {
            context.next();
        }
    }

    /**
     * Whether a browser page of {@code origin} may call: a listed origin ({@code *}, exact, or a {@code /regex/}),
     * or the request's own origin (same-origin, as Quarkus's CORS filter allows it); the rest is Quarkus's to decide.
     */
    boolean originAllowed(String origin, RoutingContext context) {
        List<String> listed = corsOrigins.orElse(List.of());
        for (String allowed : listed) {
            String entry = allowed.strip();
            if (entry.equals("*") || entry.equals(origin)
                    || entry.length() > 1 && entry.startsWith("/") && entry.endsWith("/")
                            && origin.matches(entry.substring(1, entry.length() - 1))) {
                return true;
            }
        }
        String host = context.request().getHeader(HttpHeaders.HOST);
        return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private void refuse(RoutingContext context, ProblemKind kind, String detail, String field, String message) {
        // the body (if any) is never read: answer, then close the connection, as Quarkus's own upload limit does
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        context.response().endHandler(done -> context.request().connection().close());
        answer(context, problem(kind, detail, null, List.of(new Problem.FieldError(field, message))));
    }

    private static Problem problem(ProblemKind kind, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, errors);
    }

    private void answer(RoutingContext context, Problem problem) {
        String path = context.request().path();
        Problem located = path == null || path.length() > maxUri ? problem : problem.withInstance(path);
        // these answers never pass JAX-RS's ProblemLanguageFilter: the same language, chosen here
        ProblemLanguage language = ProblemLanguage.ofHeader(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        located = language.localize(located);
        String body;
        try {
            body = json.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .end(body);
    }
}
