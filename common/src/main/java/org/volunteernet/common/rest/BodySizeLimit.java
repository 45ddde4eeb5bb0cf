package org.volunteernet.common.rest;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * Refuses a request body above {@code volunteernet.http.max-body-size} with a 413 problem+json, from
 * its Content-Length, before it is read (a client sending {@code Expect: 100-continue} never sends
 * it). The HTTP layer's larger limit is the backstop for bodies without a Content-Length (chunked),
 * whose 413 has no body.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "volunteernet.http.max-body-size", defaultValue = "512K")
    MemorySize limit;

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString("Content-Length");
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Content-Length", "is not a number");
        }
        if (length > limit.asLongValue()) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "The request body has " + length + " bytes; at most " + limit.asLongValue() + " are accepted",
                    List.of(new Problem.FieldError("body", "larger than " + limit.asLongValue() + " bytes")));
        }
    }
}
