package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The resource model behind 405's Allow and 415's "send ...": paths as JAX-RS templates, methods, media types. */
@Tag("unit")
class AllowedMethodsTest {

    @Path("/api/v1/volunteers")
    public static class Volunteers {
        @POST
        public void register() {
        }

        @GET
        @Path("{id}")
        public void get() {
        }

        @PATCH
        @Path("/{id}")
        public void update() {
        }

        @POST
        @Path("/{id}/sheet")
        @Consumes("multipart/form-data")
        public void upload() {
        }
    }

    @Test
    void templatesMatchTheirPaths() {
        var endpoints = AllowedMethods.endpointsOf(Volunteers.class);
        assertThat(endpoints).hasSize(4);
        assertThat(endpoints).filteredOn(e -> e.path().matcher("/api/v1/volunteers/abc").matches())
                .extracting(AllowedMethods.Endpoint::method).containsExactlyInAnyOrder("GET", "PATCH");
        assertThat(endpoints).filteredOn(e -> e.path().matcher("/api/v1/volunteers/abc/sheet").matches())
                .singleElement().satisfies(e -> assertThat(e.consumes()).containsExactly("multipart/form-data"));
        assertThat(AllowedMethods.pattern("/a/{id: [0-9]{2}}").matcher("/a/12").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/a/{id: [0-9]{2}}").matcher("/a/123").matches()).isFalse();
    }
}
