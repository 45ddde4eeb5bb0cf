package org.volunteernet.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.idempotency.IdempotencyInterceptor;
import org.volunteernet.common.problem.ProblemException;

/**
 * Headers that carry one value, given twice (two header lines), are a 400 naming the header, before
 * routing: the framework would read the first line and ignore the second, so that a retry keyed
 * {@code Idempotency-Key: a} / {@code Idempotency-Key: b} or a conditional update with two If-Match lines
 * would be answered on a value the client may not have meant.
 */
public class SingleHeaders {

    /** The headers of one value that a request may carry at most once. */
    static final List<String> ONCE = List.of(IdempotencyInterceptor.HEADER, HttpHeaders.IF_MATCH,
            HttpHeaders.CONTENT_TYPE);

    @ServerRequestFilter(preMatching = true)
    public void refuseRepeated(ContainerRequestContext request) {
        for (String name : ONCE) {
            List<String> values = request.getHeaders().get(name);
            if (values != null && values.size() > 1) {
                throw ProblemException.invalid(name, "must be given once, not " + values.size() + " times");
            }
        }
    }
}
