package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the realm rotates refresh tokens ({@code revokeRefreshToken: true}, {@code refreshTokenMaxReuse: 0}
 * in deploy/local/keycloak/volunteer-network-realm.json). A refresh token gives one new pair; used a second
 * time it is refused ({@code invalid_grant}), so a stolen refresh token that its owner has already used is
 * worth nothing, and the new refresh token still works.
 */
class RefreshTokenRotationIT {

    static JsonPath refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("client_id", "volunteer-mobile")
                .formParam("refresh_token", refreshToken)
                .when().post(Network.TOKEN_ENDPOINT).then().extract().jsonPath();
    }

    @Test
    void aRefreshTokenUsedTwiceIsRefusedTheSecondTime() {
        JsonPath login = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "volunteer-mobile")
                .formParam("username", "vol-xiangfang").formParam("password", "vol-xiangfang")
                .when().post(Network.TOKEN_ENDPOINT).then().statusCode(200).extract().jsonPath();
        String first = login.getString("refresh_token");
        assertThat(first).isNotBlank();

        JsonPath rotated = refresh(first);
        String second = rotated.getString("refresh_token");
        assertThat(rotated.getString("access_token")).as("the first use of the refresh token").isNotBlank();
        assertThat(second).as("a new refresh token replaces the used one").isNotBlank().isNotEqualTo(first);

        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token").formParam("client_id", "volunteer-mobile")
                .formParam("refresh_token", first)
                .when().post(Network.TOKEN_ENDPOINT)
                .then().statusCode(400).body("error", equalTo("invalid_grant"));

        // Keycloak's reuse detection may also end the session the stolen token belonged to; either way the
        // old token gives nothing. A fresh login works as always.
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "volunteer-mobile")
                .formParam("username", "vol-xiangfang").formParam("password", "vol-xiangfang")
                .when().post(Network.TOKEN_ENDPOINT).then().statusCode(200);
    }
}
