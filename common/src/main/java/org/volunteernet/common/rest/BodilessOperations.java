package org.volunteernet.common.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.problem.ProblemException;

/**
 * Refuses a request body sent to an operation that takes none ({@code POST /volunteers/{id}/claim-codes},
 * {@code POST /notifications/{id}/read}, every GET and DELETE) with a 400 naming {@code body}, as unknown JSON
 * fields and query parameters are refused: a client that sends {@code {"lifetimeDays":30}} believes it set
 * something, and JAX-RS would silently drop it. A body is there when {@code Content-Length} is above 0 or the
 * body is chunked ({@code Transfer-Encoding}); an empty body with a {@code Content-Type} is no body. An operation
 * takes a body when one of its parameters is neither a path, query, header, cookie or matrix parameter nor a
 * context object ({@link #takesBody}): its entity, a form part or a bean of them.
 */
public class BodilessOperations {

    static final String MESSAGE = "this operation takes no request body; send none";

    private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();
    /** Parameters the framework fills from the request line, headers or its own context, never from the body. */
    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, Context.class);
    /** Context types RESTEasy Reactive injects without {@code @Context}. */
    private static final Set<Class<?>> CONTEXT_TYPES = Set.of(UriInfo.class, HttpHeaders.class, Request.class,
            SecurityContext.class, Sse.class, SseEventSink.class, ContainerRequestContext.class, ResourceInfo.class);

    @Context
    ResourceInfo resource;

    @ServerRequestFilter
    public void refuseUnexpectedBody(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !hasBody(request.getHeaderString(HttpHeaders.CONTENT_LENGTH),
                request.getHeaderString("Transfer-Encoding"))) {
            return;
        }
        if (!TAKES_BODY.computeIfAbsent(method, BodilessOperations::takesBody)) {
            throw ProblemException.invalid("body", MESSAGE);
        }
    }

    /** Whether the request carries a body: a positive (or unreadable) Content-Length, or any Transfer-Encoding. */
    static boolean hasBody(String contentLength, String transferEncoding) {
        if (transferEncoding != null && !transferEncoding.isBlank()) {
            return true;
        }
        if (contentLength == null || contentLength.isBlank()) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > 0;
        } catch (NumberFormatException e) {
            return true; // the HTTP layer refuses it first; here it counts as a body, never as none
        }
    }

    /** Whether the resource method has a parameter read from the body (entity, form part, bean param). */
    static boolean takesBody(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            if (CONTEXT_TYPES.contains(types[i])) {
                continue;
            }
            boolean fromElsewhere = false;
            for (Annotation annotation : annotations[i]) {
                Class<? extends Annotation> type = annotation.annotationType();
                // RESTEasy Reactive's own @RestPath, @RestQuery, @RestHeader, ... are read from the request line too
                fromElsewhere |= NOT_BODY.contains(type) || type.getName().startsWith("org.jboss.resteasy.reactive.Rest")
                        && !type.getSimpleName().equals("RestForm");
            }
            if (!fromElsewhere) {
                return true;
            }
        }
        return false;
    }
}
