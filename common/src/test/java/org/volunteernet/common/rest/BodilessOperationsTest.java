package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which operations take a body, and when a request carries one: the rule behind the 400 naming body. */
@Tag("unit")
class BodilessOperationsTest {

    @SuppressWarnings("unused")
    static class Operations {
        public void claimCode(@PathParam("id") UUID id, @Context UriInfo uri) {
        }

        public void list(@QueryParam("cursor") String cursor, @HeaderParam("Accept") String accept, HttpHeaders headers) {
        }

        public void reactivePath(@RestPath UUID id) {
        }

        public void register(@NotNull @Valid Object request, @Context UriInfo uri) {
        }

        public void upload(@PathParam("id") UUID id, byte[] file) {
        }

        public void form(@RestForm String file) {
        }
    }

    static Method method(String name) {
        return Arrays.stream(Operations.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anOperationTakesABodyWhenAParameterIsReadFromIt() {
        assertThat(BodilessOperations.takesBody(method("claimCode"))).isFalse();
        assertThat(BodilessOperations.takesBody(method("list"))).isFalse();
        assertThat(BodilessOperations.takesBody(method("reactivePath"))).isFalse();
        assertThat(BodilessOperations.takesBody(method("register"))).isTrue();
        assertThat(BodilessOperations.takesBody(method("upload"))).isTrue();
        assertThat(BodilessOperations.takesBody(method("form"))).isTrue();
    }

    @Test
    void aRequestHasABodyWhenItsLengthIsPositiveOrItIsChunked() {
        assertThat(BodilessOperations.hasBody(null, null)).isFalse();
        assertThat(BodilessOperations.hasBody("0", null)).isFalse();
        assertThat(BodilessOperations.hasBody(" ", null)).isFalse();
        assertThat(BodilessOperations.hasBody("2", null)).isTrue();
        assertThat(BodilessOperations.hasBody(null, "chunked")).isTrue();
        assertThat(BodilessOperations.hasBody("x", null)).isTrue();
    }
}
