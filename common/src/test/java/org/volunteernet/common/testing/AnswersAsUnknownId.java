package org.volunteernet.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The check that an item out of the caller's sight (another district's) reads exactly like a nonexistent one: the
 * same call, once with the item's id and once with a random id, gets the same 404 problem+json, body for body and
 * header for header, the id aside (each answer's own id is put out of the way before comparing).
 */
public final class AnswersAsUnknownId {

    private AnswersAsUnknownId() {
    }

    /**
     * Calls {@code call} with {@code id} and with a random UUID and asserts both answers are the same 404.
     *
     * @param call sends the request for the id it is given (a UUID string) and returns the answer
     * @return the answer for {@code id}, for further assertions
     */
    public static Response assertSame(Function<String, Response> call, String id) {
        String unknown = UUID.randomUUID().toString();
        Response seen = call.apply(id);
        Response none = call.apply(unknown);
        assertThat(none.statusCode()).as("an unknown id").isEqualTo(404);
        assertThat(seen.statusCode()).as("another district's item").isEqualTo(404);
        assertThat(seen.contentType()).isEqualTo(none.contentType()).startsWith("application/problem+json");
        assertThat(seen.asString().replace(id, "{id}")).isEqualTo(none.asString().replace(unknown, "{id}"));
        assertThat(headers(seen, id)).isEqualTo(headers(none, unknown));
        return seen;
    }

    private static Map<String, String> headers(Response response, String id) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.headers()) {
            if (!header.getName().equalsIgnoreCase("Date")) { // the one header that tells the time, not the item
                headers.merge(header.getName(), header.getValue().replace(id, "{id}"), (a, b) -> a + ", " + b);
            }
        }
        return headers;
    }
}
