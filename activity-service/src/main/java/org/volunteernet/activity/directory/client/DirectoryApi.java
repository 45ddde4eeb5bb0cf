package org.volunteernet.activity.directory.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * volunteer-service's {@code POST /api/v1/volunteers/directory} as the REST client sees it (built by
 * {@link RemoteVolunteerDirectory} with the typed {@link DirectoryConfig}; registered so that this service's
 * OpenAPI document does not take it for one of its own endpoints). Fields the directory may add later are ignored.
 */
@RegisterRestClient(configKey = "volunteer-directory")
@Path("/api/v1/volunteers/directory")
public interface DirectoryApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    AnswerBody lookUp(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, QueryBody query);

    record QueryBody(List<UUID> volunteerIds, List<String> volunteerNumbers, List<String> idNumbers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerBody(List<EntryBody> volunteers, List<MatchBody> idNumberMatches) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryBody(UUID volunteerId, String district, String name, String volunteerNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MatchBody(int position, UUID volunteerId) {
    }
}
