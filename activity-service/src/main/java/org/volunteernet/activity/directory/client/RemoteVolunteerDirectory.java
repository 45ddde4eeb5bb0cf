package org.volunteernet.activity.directory.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.volunteernet.activity.directory.service.DirectoryUnavailableException;
import org.volunteernet.activity.directory.service.VolunteerDirectory;

/**
 * The directory over HTTP: one POST per question to volunteer-service, with an access token of the realm client
 * volunteer-network-services got by client credentials (quarkus-oidc-client; kept until it expires). Each of the
 * token and the answer waits at most {@link DirectoryConfig#timeout()}; anything but an answer (refused
 * connection, timeout, 4xx/5xx, a refused client secret) is a {@link DirectoryUnavailableException}, never a
 * 5xx of this service.
 */
@ApplicationScoped
public class RemoteVolunteerDirectory implements VolunteerDirectory {

    private static final Logger LOG = Logger.getLogger(RemoteVolunteerDirectory.class);

    @Inject
    DirectoryConfig config;

    @Inject
    OidcClient tokens;

    private DirectoryApi api;
    private volatile Tokens current;

    @PostConstruct
    void build() {
        long millis = config.timeout().toMillis();
        api = QuarkusRestClientBuilder.newBuilder().baseUri(config.url())
                .connectTimeout(millis, TimeUnit.MILLISECONDS).readTimeout(millis, TimeUnit.MILLISECONDS)
                .build(DirectoryApi.class);
    }

    @Override
    public Answer lookUp(Query query) {
        DirectoryApi.AnswerBody body;
        try {
            body = api.lookUp("Bearer " + accessToken(),
                    new DirectoryApi.QueryBody(query.volunteerIds(), query.volunteerNumbers(), query.idNumbers()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 401) {
                current = null; // revoked or rotated: the next question fetches a new token
            }
            throw unavailable("answered " + e.getResponse().getStatus(), e);
        } catch (DirectoryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) { // ProcessingException (refused, timed out), OidcClientException, ...
            throw unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        Map<Integer, java.util.UUID> matches = new HashMap<>();
        if (body.idNumberMatches() != null) {
            body.idNumberMatches().forEach(m -> matches.put(m.position(), m.volunteerId()));
        }
        List<Entry> volunteers = body.volunteers() == null ? List.of() : body.volunteers().stream()
                .map(v -> new Entry(v.volunteerId(), v.district(), v.name(), v.volunteerNumber())).toList();
        return new Answer(volunteers, matches);
    }

    private String accessToken() {
        Tokens held = current;
        if (held == null || held.isAccessTokenExpired() || held.isAccessTokenWithinRefreshInterval()) {
            try {
                held = tokens.getTokens().await().atMost(config.timeout());
            } catch (RuntimeException e) {
                throw unavailable("no service token: " + e.getMessage(), e);
            }
            current = held;
        }
        return held.getAccessToken();
    }

    private static DirectoryUnavailableException unavailable(String why, Throwable cause) {
        // the question may hold ID numbers: never logged, only why it failed
        LOG.warnf("volunteer directory unavailable: %s", why);
        return new DirectoryUnavailableException("volunteer directory unavailable: " + why, cause);
    }
}
