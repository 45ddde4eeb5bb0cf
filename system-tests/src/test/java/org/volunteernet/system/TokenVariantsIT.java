package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every service refuses, with 401, a token that is missing, malformed, signed by another key,
 * issued by another issuer, meant for another audience or expired, on every service, while the
 * same caller's good token passes.
 */
class TokenVariantsIT {

    static final String MASTER_TOKEN_ENDPOINT = "http://127.0.0.1:8180/realms/master/protocol/openid-connect/token";

    /** One protected read per service that the demo city-admin may make. */
    static final List<String> PROTECTED = List.of(
            Network.VOLUNTEERS + "/api/v1/volunteers?district=" + Network.XIANGFANG,
            Network.ACTIVITIES + "/api/v1/activities?district=" + Network.XIANGFANG,
            Network.BRANDS + "/api/v1/brands?district=" + Network.XIANGFANG,
            Network.REPORTS + "/api/v1/reports/city");

    static String tokenFrom(String endpoint, String clientId, String user, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", user).formParam("password", password)
                .when().post(endpoint).then().statusCode(200).extract().path("access_token");
    }

    /** The same header and claims, signed RS256 by a key nobody trusts. */
    static String resignedByAnotherKey(String token) throws Exception {
        String[] parts = token.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(other);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The token's {@code exp} claim: seconds since the epoch. */
    static long expiry(String token) {
        return io.restassured.path.json.JsonPath.from(claims(token)).getLong("exp");
    }

    @Test
    void aTokenThatIsMissingForgedForeignOrExpiredIs401OnEveryService() throws Exception {
        String good = Network.token("city-admin");
        String otherIssuer = tokenFrom(MASTER_TOKEN_ENDPOINT, "admin-cli", "admin", "admin-local-dev-only");
        String otherAudience = tokenFrom(Network.TOKEN_ENDPOINT, "admin-cli", "city-admin", "city-admin");
        assertThat(claims(otherAudience)).doesNotContain("\"volunteer-network\"");
        String[] parts = good.split("\\.");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("malformed", "not.a.jwt");
        bad.put("unsigned (alg none)", Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".");
        bad.put("signed by another key", resignedByAnotherKey(good));
        bad.put("another issuer (master realm)", otherIssuer);
        bad.put("another audience (admin-cli)", otherAudience);

        for (String url : PROTECTED) {
            given().auth().oauth2(good).when().get(url).then().statusCode(200);
            given().when().get(url).then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
            for (Map.Entry<String, String> token : bad.entrySet()) {
                int status = given().auth().oauth2(token.getValue()).when().get(url).then().extract().statusCode();
                assertThat(status).as(token.getKey() + " at " + url).isEqualTo(401);
            }
        }

        // the short-lived client's tokens live 2 s. Waits are on conditions, not on guessed times:
        // a loaded machine may let a token lapse between fetching and using it, so a 401 before
        // use counts only if the token had already expired; then fetch another.
        String[] shortLived = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String token = tokenFrom(Network.TOKEN_ENDPOINT, "token-expiry-check-local-only", "city-admin", "city-admin");
            int status = given().auth().oauth2(token).when().get(PROTECTED.get(0)).then().extract().statusCode();
            if (status == 200) {
                shortLived[0] = token;
                return true;
            }
            assertThat(Instant.now().getEpochSecond()).as("refused (" + status + ") before it expired").isGreaterThanOrEqualTo(expiry(token));
            return false;
        });
        long expiry = expiry(shortLived[0]);
        await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().getEpochSecond() > expiry + 1);
        for (String url : PROTECTED) {
            given().auth().oauth2(shortLived[0]).when().get(url).then().statusCode(401);
        }
        System.out.printf("token variants: %d refused as expected on %d services (no token, %s, expired)%n",
                PROTECTED.size() * (bad.size() + 2), PROTECTED.size(), String.join(", ", bad.keySet()));
    }
}
