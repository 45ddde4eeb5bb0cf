package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;

/**
 * Findings F8, F12, F15 of the first user's trial: refusals in Chinese by default (field messages and the detail made
 * of them), in English on request, and never a library's words.
 */
@QuarkusTest
class RefusalLanguageTest {

    @Test
    void queryParameterRefusalsAreChineseByDefaultAndEnglishOnRequest() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        given().auth().oauth2(office.token()).queryParam("district", district).queryParam("cursor", "garbage")
                .when().get("/api/v1/volunteers")
                .then().statusCode(400).header("Content-Language", "zh-CN")
                .body("errors[0].field", equalTo("cursor")).body("errors[0].message", equalTo("不是此列表的游标"))
                .body("detail", equalTo("cursor：不是此列表的游标"));
        given().auth().oauth2(office.token()).header("Accept-Language", "en").queryParam("district", district)
                .queryParam("cursor", "garbage").when().get("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].message", equalTo("is not a cursor from this list"))
                .body("detail", equalTo("cursor: is not a cursor from this list"));
        given().auth().oauth2(office.token()).queryParam("district", "abc").when().get("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", equalTo("district"))
                .body("errors[0].message", equalTo("必须是 6 位 GB/T 2260 行政区划代码"));
        given().auth().oauth2(office.token()).queryParam("district", district).queryParam("size", "5")
                .when().get("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", equalTo("size"))
                .body("errors[0].message", startsWith("不是此操作的参数"));
    }

    @Test
    void registrationRefusalsAreChineseWhole() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        LocalDate birth = Registrations.randomBirthDate();
        Map<String, Object> body = new HashMap<>(Registrations.body(district, birth, Registrations.residentId(district, birth, true)));
        body.put("gender", "FEMALE");
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body).when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", equalTo("gender"))
                .body("errors[0].message", equalTo("与证件号码不一致（第 17 位为奇数：男性）"));

        Map<String, Object> farFuture = new HashMap<>(Registrations.body(district));
        farFuture.put("birthDate", "10000-01-01");
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(farFuture).when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].message", equalTo("年份必须在 1 到 9999 之间"));
    }

    @Test
    void aBodyNestedTooDeeplyIsToldInPlainWords() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        String deep = "{\"consent\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1500) + "}";
        given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(deep).when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].field", startsWith("consent"))
                .body("errors[0].message", equalTo("嵌套不能超过 1000 层"))
                .body(not(containsString("StreamReadConstraints")));
        given().auth().oauth2(office.token()).header("Accept-Language", "en").contentType(ContentType.JSON).body(deep)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).body("errors[0].message", equalTo("must not be nested more than 1000 levels deep"));
    }
}
