package org.volunteernet.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemKind;

/**
 * The one shared check that every 201 of every service names what it created in {@code Location} (the OpenAPI
 * documents declare it on every 201): with {@code volunteernet.http.check-created-location} (on in the test profile)
 * a 201 without one is turned into a 500 problem naming the operation, so that any service test that expects its
 * 201 fails; in production it is only logged.
 */
@Provider
public class CreatedNamesItsLocation implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(CreatedNamesItsLocation.class);

    @ConfigProperty(name = "volunteernet.http.check-created-location", defaultValue = "false")
    boolean refuse;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 201 || response.getHeaderString(HttpHeaders.LOCATION) != null) {
            return;
        }
        String where = request.getMethod() + " " + request.getUriInfo().getPath();
        LOG.errorf("%s answered 201 without Location (its OpenAPI document declares one; use Created)", where);
        if (refuse) {
            response.setStatus(500);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.valueOf(Problem.MEDIA_TYPE));
            response.setEntity(new Problem(ProblemKind.INTERNAL.type(), ProblemKind.INTERNAL.title(), 500,
                    where + " answered 201 without Location", null, List.of()));
        }
    }
}
