package org.volunteernet.common.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every API answer carries: {@code X-Content-Type-Options: nosniff}, so that a browser never
 * runs a CSV or JSON answer as a script, and {@code Cache-Control: no-store} unless the resource set
 * its own, because most answers hold personal data (PIPL) that no shared or browser cache may keep. JAX-RS response
 * filters do not see the head of a server-sent event stream: {@link #protect(io.vertx.core.MultiMap)} covers those.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void protect(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * The same on the HTTP layer, just before any answer's head is written (HttpRefusals installs it on every request
     * of the public port): server-sent event streams, whose head JAX-RS response filters never see, and answers that
     * never reach JAX-RS.
     */
    static void protect(io.vertx.core.MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
