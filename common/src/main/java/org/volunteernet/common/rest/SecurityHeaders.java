package org.volunteernet.common.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every API answer carries: {@code X-Content-Type-Options: nosniff}, so that a browser never
 * runs a CSV or JSON answer as a script, and {@code Cache-Control: no-store} unless the resource set
 * its own, because most answers hold personal data (PIPL) that no shared or browser cache may keep.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void protect(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
