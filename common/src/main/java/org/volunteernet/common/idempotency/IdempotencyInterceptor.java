package org.volunteernet.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;
import org.volunteernet.common.security.CurrentUser;

/**
 * Idempotency-Key for creating calls. The request is fingerprinted from its method, path and
 * deserialized arguments. The key's claim, the call's writes and the stored 2xx answer share one
 * transaction, so they commit together or not at all: a process that dies mid-call leaves neither
 * a write nor a claim behind, and a retry simply runs again. A concurrent request with the same
 * key waits for the first to finish, then gets its answer. A 2xx answer is replayed to the same
 * caller for the same key and request (marked Idempotent-Replayed); the same key with a different
 * request is 422.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    @Inject
    RoutingContext http;

    @Inject
    CurrentUser caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object idempotent(InvocationContext call) throws Exception {
        String key = http.request().getHeader(HEADER);
        if (key == null) {
            return call.proceed();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String who = caller.subject();
        String fingerprint = fingerprint(call);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!store.claim(who, key, fingerprint)) { // waits while a request with this key is running
                    return replay(store.find(who, key).orElseThrow(() -> inProgress()), fingerprint);
                }
                Response answer = (Response) call.proceed();
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    complete(who, key, answer);
                } else {
                    store.release(who, key); // only a success uses the key up
                }
                return answer;
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void complete(String who, String key, Response response) throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        store.complete(who, key, response.getStatus(), response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null,
                json.writeValueAsString(headers));
    }

    private Response replay(IdempotencyStore.Entry entry, String fingerprint) {
        if (!entry.requestHash().equals(fingerprint)) {
            throw new ProblemException(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request",
                    List.of(new Problem.FieldError(HEADER, "was used for a different request; use a new key for a new request")));
        }
        if (!entry.completed()) {
            throw inProgress();
        }
        Response.ResponseBuilder replay = Response.status(entry.status()).header(REPLAYED, "true");
        if (entry.body() != null) {
            replay.entity(entry.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")); // as the first answer
        }
        try {
            Map<String, String> headers = json.readValue(entry.headersJson(), new TypeReference<Map<String, String>>() {
            });
            headers.forEach(replay::header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent answer unreadable", e);
        }
        return replay.build();
    }

    private static ProblemException inProgress() {
        return ProblemException.conflict(HEADER, "names a request that is still being processed; retry shortly",
                "A request with this Idempotency-Key is still being processed; retry shortly");
    }

    private String fingerprint(InvocationContext call) throws Exception {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(http.request().method().name().getBytes(StandardCharsets.UTF_8));
        digest.update(http.normalizedPath().getBytes(StandardCharsets.UTF_8));
        for (Object argument : call.getParameters()) {
            if (argument == null || isJsonValue(argument)) {
                digest.update(json.writeValueAsBytes(argument));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Request bodies and path values; framework objects such as UriInfo are not part of the request. */
    private static boolean isJsonValue(Object argument) {
        String name = argument.getClass().getName();
        return !name.startsWith("jakarta.ws.rs") && !name.startsWith("org.jboss.resteasy") && !name.startsWith("io.quarkus")
                && !name.startsWith("io.vertx");
    }
}
