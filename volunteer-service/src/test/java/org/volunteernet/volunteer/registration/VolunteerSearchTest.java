package org.volunteernet.volunteer.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.volunteer.Registrations;

@QuarkusTest
class VolunteerSearchTest {

    record Person(String id, String volunteerNumber, String idNumber) {
    }

    static Person register(TestTokens.User office, String district, String name, String phone) {
        LocalDate birth = Registrations.randomBirthDate();
        String idNumber = Registrations.residentId(district.startsWith("9") ? "230110" : district, birth);
        Map<String, Object> body = new HashMap<>(Registrations.body(district, birth, idNumber));
        body.put("name", name);
        body.put("phone", phone);
        var answer = given().auth().oauth2(office.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers").then().statusCode(201).extract();
        return new Person(answer.path("id"), answer.path("volunteerNumber"), idNumber);
    }

    @Test
    void anOfficeFindsItsVolunteersByNameNumberPhoneAndIdNumber() {
        String district = Registrations.freshDistrict();
        TestTokens.User office = TestTokens.user(district, "district-admin");
        Person zhangWei = register(office, district, "张伟", "13800001111");
        Person zhangSanfeng = register(office, district, "张三丰", "13800002222");
        Person jose = register(office, district, "José García", "13800003333");
        String search = "/api/v1/volunteers?district=" + district;

        // a Chinese substring: both 张, not José
        given().auth().oauth2(office.token()).queryParam("name", "张").when().get(search)
                .then().statusCode(200).body("items.id", containsInAnyOrder(zhangWei.id(), zhangSanfeng.id()));
        given().auth().oauth2(office.token()).queryParam("name", "三丰").when().get(search)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangSanfeng.id())))
                .body("items[0].name", equalTo("张三丰"))
                .body("items[0].phone", equalTo("138****2222")) // masked as everywhere
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("idNumber")));
        // decomposed é (e + U+0301) finds the composed one; case does not matter
        given().auth().oauth2(office.token()).queryParam("name", "jose\u0301").when().get(search)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(jose.id())));
        // a LIKE wildcard is a literal character, not "anything"
        given().auth().oauth2(office.token()).queryParam("name", "%").when().get(search)
                .then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(office.token()).queryParam("volunteerNumber", zhangWei.volunteerNumber().toLowerCase())
                .when().get(search).then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangWei.id())));
        // typed with the country code and hyphens: normalised to +8613800002222 as at registration
        given().auth().oauth2(office.token()).queryParam("phone", "+86 138-0000-2222").when().get(search)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangSanfeng.id())));
        given().auth().oauth2(office.token()).queryParam("idNumber", jose.idNumber().toLowerCase()).when().get(search)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(jose.id())))
                .body("items[0].idNumberMasked", equalTo(jose.idNumber().substring(0, 4) + "**********"
                        + jose.idNumber().substring(14)));
        // filters combine
        given().auth().oauth2(office.token()).queryParam("name", "张").queryParam("phone", "13800001111")
                .when().get(search).then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangWei.id())));
        given().auth().oauth2(office.token()).queryParam("name", "张伟").queryParam("idNumber", jose.idNumber())
                .when().get(search).then().statusCode(200).body("items", hasSize(0));
        // pages of one, in registration order
        String cursor = given().auth().oauth2(office.token()).queryParam("name", "张").queryParam("limit", 1)
                .when().get(search).then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangWei.id())))
                .extract().path("nextCursor");
        given().auth().oauth2(office.token()).queryParam("name", "张").queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get(search).then().statusCode(200).body("items.id", equalTo(java.util.List.of(zhangSanfeng.id())));
        // the cursor belongs to its filters: with another name, or another filter beside it, it is refused, not applied
        for (java.util.Map<String, String> other : java.util.List.of(java.util.Map.of("name", "张伟"),
                java.util.Map.of("name", "张", "phone", "13800001111"), java.util.Map.<String, String>of())) {
            given().auth().oauth2(office.token()).queryParams(other).queryParam("limit", 1).queryParam("cursor", cursor)
                    .when().get(search).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("cursor"))
                    .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
        }
    }

    @Test
    void anotherDistrictsVolunteerIsNotFoundEvenByTheExactIdNumber() {
        String district = Registrations.freshDistrict();
        Person person = register(TestTokens.user(district, "district-admin"), district, "李明", "13800004444");
        String otherDistrict = Registrations.freshDistrict();
        TestTokens.User otherOffice = TestTokens.user(otherDistrict, "district-admin");
        given().auth().oauth2(otherOffice.token()).queryParam("idNumber", person.idNumber())
                .when().get("/api/v1/volunteers").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(otherOffice.token()).queryParam("idNumber", person.idNumber()).queryParam("district", district)
                .when().get("/api/v1/volunteers").then().statusCode(403);
        given().auth().oauth2(TestTokens.user(null, "city-admin").token()).queryParam("idNumber", person.idNumber())
                .when().get("/api/v1/volunteers").then().statusCode(200).body("items[0].id", equalTo(person.id()));
        given().auth().oauth2(TestTokens.user(district, "organizer").token()).queryParam("name", "李")
                .when().get("/api/v1/volunteers").then().statusCode(403);
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        TestTokens.User office = TestTokens.user(Registrations.freshDistrict(), "district-admin");
        Map<String, String> bad = Map.of(
                "name", "王\u0007",
                "phone", "12345",
                "volunteerNumber", "N123",
                "idNumber", "23-01");
        bad.forEach((parameter, value) -> given().auth().oauth2(office.token()).queryParam(parameter, value)
                .when().get("/api/v1/volunteers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("detail", not(containsString("23-01x"))));
        given().auth().oauth2(office.token()).queryParam("name", "   ").header("Accept-Language", "en")
                .when().get("/api/v1/volunteers").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("must not be empty"));
        given().auth().oauth2(office.token()).queryParam("volunteerNumber", "N123")
                .when().get("/api/v1/volunteers").then().statusCode(400)
                .body("errors[0].message", equalTo("必须是志愿者编号：V 加 6 位区划代码和 8 位数字"));
    }
}
