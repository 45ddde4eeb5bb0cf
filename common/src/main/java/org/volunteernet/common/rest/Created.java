package org.volunteernet.common.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * A 201 answer: every one names what it created in {@code Location} (as each service's OpenAPI document declares,
 * docs/openapi.md), an absolute URL on the address the client used (through the proxy, the proxy's).
 * {@link CreatedNamesItsLocation} refuses, in tests, a 201 built without one.
 */
public final class Created {

    private Created() {
    }

    /** 201 whose Location is the request's path followed by {@code segments} (e.g. the new item's id). */
    public static Response below(UriInfo uri, Object entity, Object... segments) {
        var builder = uri.getAbsolutePathBuilder();
        for (Object segment : segments) {
            builder.path(String.valueOf(segment));
        }
        return at(builder.build(), entity);
    }

    /** 201 whose Location is {@code path} (e.g. /api/v1/groups/{id}) under the service's base URL. */
    public static Response atPath(UriInfo uri, Object entity, String path) {
        return at(uri.getBaseUri().resolve(path.startsWith("/") ? path.substring(1) : path), entity);
    }

    public static Response at(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }
}
