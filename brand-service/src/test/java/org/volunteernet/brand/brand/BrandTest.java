package org.volunteernet.brand.brand;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.volunteernet.brand.KnownVolunteers;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.VolunteerRegistered;

@QuarkusTest
class BrandTest {

    static Map<String, Object> brand(String district, UUID founder, String name) {
        return Map.of("name", name, "slogan", "Every Saturday, a good deed", "district", district,
                "description", "Xiangfang's weekly day of service", "founderVolunteerId", founder.toString());
    }

    static String create(String district, UUID founder, String name) {
        return given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(brand(district, founder, name)).when().post("/api/v1/brands")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aDistrictOfficeFoundsABrandLedByItsFounder() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            String id = given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                    .body(brand(district, founder.id(), "Volunteer Service Saturday")).when().post("/api/v1/brands")
                    .then().statusCode(201).header("Location", notNullValue())
                    .body("name", equalTo("Volunteer Service Saturday"))
                    .body("leaderVolunteerIds", contains(founder.id().toString()))
                    .extract().path("id");
            BrandCreated created = EventCodec.parse(probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20)).value())
                    .dataAs(BrandCreated.class);
            assertThat(created.founderVolunteerId()).isEqualTo(founder.id());
            assertThat(created.district()).isEqualTo(district);
        }
        given().auth().oauth2(TestTokens.user("230102", "volunteer").token())
                .when().get("/api/v1/brands?district=" + district)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].founderVolunteerId", equalTo(founder.id().toString()));
    }

    /** A page's cursor belongs to its district filter: sent with another district it is a 400 naming cursor. */
    @Test
    void aBrandListCursorIsBoundToItsDistrict() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        create(district, founder.id(), "Saturdays One");
        create(district, founder.id(), "Saturdays Two");
        String token = TestTokens.user(district, "district-admin").token();
        String next = given().auth().oauth2(token).when().get("/api/v1/brands?limit=1&district=" + district)
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(token).when().get("/api/v1/brands?limit=1&district=" + district + "&cursor=" + next)
                .then().statusCode(200).body("items[0].name", equalTo("Saturdays Two"));
        given().auth().oauth2(token).when().get("/api/v1/brands?limit=1&district=" + KnownVolunteers.freshDistrict() + "&cursor=" + next)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", equalTo("是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"));
    }

    @Test
    void aFounderFromAnotherDistrictOrUnknownIsRefused() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known elsewhere = KnownVolunteers.register(KnownVolunteers.freshDistrict());
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(brand(district, elsewhere.id(), "Neighbourly Sundays")).when().post("/api/v1/brands")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("founderVolunteerId"));
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(brand(district, UUID.randomUUID(), "Neighbourly Sundays")).when().post("/api/v1/brands")
                .then().statusCode(422);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKeyAndNothingIsFounded() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        String twice = "{\"name\":\"Twice Saturdays\",\"slogan\":\"s\",\"district\":\"" + district + "\",\"district\":\"230102\","
                + "\"description\":\"d\",\"founderVolunteerId\":\"" + founder.id() + "\"}";
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(twice).when().post("/api/v1/brands")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("district"));
        given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/brands?district=" + district)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anUndeclaredQueryParameterOrTextAfterTheBodyIsA400() {
        String district = KnownVolunteers.freshDistrict();
        given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/brands?district=" + district + "&idNumber=230110199001011234")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("idNumber"));
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        String body = "{\"name\":\"Trailing Saturdays\",\"district\":\"" + district + "\",\"founderVolunteerId\":\""
                + founder.id() + "\"} {\"name\":\"evil\"}";
        given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/brands")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user(district, "district-admin").token())
                .when().get("/api/v1/brands?district=" + district)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void brandNamesAreUniqueWithinADistrictAndValidated() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        create(district, founder.id(), "Volunteer Service Saturday");
        String office = TestTokens.user(district, "district-admin").token();
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(brand(district, founder.id(), "  volunteer service   SATURDAY ")).when().post("/api/v1/brands")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("name")).body("errors[0].message", equalTo("是本区另一个品牌的名称"));
        for (String bad : new String[] {"", "   ", "x".repeat(101), "Line\nbreak", "Bell\u0007"}) {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(brand(district, founder.id(), bad))
                    .when().post("/api/v1/brands")
                    .then().statusCode(400).body("errors.field", hasItem("name"));
        }
        // an invisible character would make a second, identical-looking brand
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(brand(district, founder.id(), "Volunteer Service\u200b Saturday")).when().post("/api/v1/brands")
                .then().statusCode(400).body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("不能包含控制字符、不成对的代理项、双向控制字符或不可见字符"));
        // full-width Latin and an ideographic space are the same name as their plain forms (NameKey: NFKC)
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(brand(district, founder.id(), "ＶＯＬＵＮＴＥＥＲ　Service Saturday")).when().post("/api/v1/brands")
                .then().statusCode(409).body("errors.field", contains("name"));
        create(district, founder.id(), "社区 服务队");
        for (String same : new String[] {"社区　服务队", "社区 服务队　", "社区  服务队"}) {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(brand(district, founder.id(), same))
                    .when().post("/api/v1/brands")
                    .then().statusCode(409).body("errors.field", contains("name"))
                    .body("errors[0].message", equalTo("是本区另一个品牌的名称"));
        }
        // a decomposed accent is the same name as the precomposed one
        create(district, founder.id(), "Caf\u00e9 Saturday");
        given().auth().oauth2(office).contentType(ContentType.JSON)
                .body(brand(district, founder.id(), "Cafe\u0301 Saturday")).when().post("/api/v1/brands")
                .then().statusCode(409).body("errors.field", contains("name"));
        Map<String, Object> badSlogan = new HashMap<>(brand(district, founder.id(), "Another"));
        badSlogan.put("slogan", "tab\there");
        given().auth().oauth2(office).contentType(ContentType.JSON).body(badSlogan).when().post("/api/v1/brands")
                .then().statusCode(400).body("errors.field", hasItem("slogan"));
    }

    @Test
    void onlyTheDistrictsOwnOfficeFoundsBrands() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).contentType(ContentType.JSON)
                .body(brand(district, founder.id(), "Saturday")).when().post("/api/v1/brands").then().statusCode(403);
        for (String role : new String[] {"volunteer", "organizer", "brand-leader", "analyst", "city-admin"}) {
            given().auth().oauth2(TestTokens.user(district, role).token()).contentType(ContentType.JSON)
                    .body(brand(district, founder.id(), "Saturday")).when().post("/api/v1/brands").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(brand(district, founder.id(), "Saturday"))
                .when().post("/api/v1/brands").then().statusCode(401);
        given().when().get("/api/v1/brands").then().statusCode(401);
        given().auth().oauth2(TestTokens.user(district, "volunteer").token())
                .when().get("/api/v1/brands/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anOfficeAppointsAndRemovesLeadersButABrandKeepsOne() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known founder = KnownVolunteers.register(district);
        KnownVolunteers.Known second = KnownVolunteers.register(district);
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            String id = create(district, founder.id(), "Saturday");
            String office = TestTokens.user(district, "district-admin").token();
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("volunteerId", second.id().toString()))
                    .when().post("/api/v1/brands/" + id + "/leaders")
                    .then().statusCode(201).body("leaderVolunteerIds", hasSize(2));
            given().auth().oauth2(TestTokens.user("230102", "district-admin").token()).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", second.id().toString())).when().post("/api/v1/brands/" + id + "/leaders")
                    .then().statusCode(404);
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("volunteerId", second.id().toString()))
                    .when().post("/api/v1/brands/" + id + "/leaders")
                    .then().statusCode(409).body("errors.field", contains("volunteerId"))
                    .body("errors[0].message", equalTo("已是本品牌的负责人"));
            given().auth().oauth2(office).when().delete("/api/v1/brands/" + id + "/leaders/" + founder.id()).then().statusCode(204);
            given().auth().oauth2(office).when().delete("/api/v1/brands/" + id + "/leaders/" + second.id()).then().statusCode(409);

            // Other services learn who leads the brand from its events, in order: founder, second, founder gone.
            probe.await(r -> id.equals(r.key()) && TopicProbe.eventOf(r, BrandLeaderDismissed.class).isPresent(),
                    Duration.ofSeconds(20));
            List<String> told = new java.util.ArrayList<>();
            for (var r : probe.drain(Duration.ZERO)) {
                if (id.equals(r.key())) {
                    TopicProbe.eventOf(r, BrandLeaderAppointed.class).ifPresent(a -> told.add("+" + a.volunteerId()));
                    TopicProbe.eventOf(r, BrandLeaderDismissed.class).ifPresent(d -> told.add("-" + d.volunteerId()));
                }
            }
            assertThat(told).containsExactly("+" + founder.id(), "+" + second.id(), "-" + founder.id());
        }
    }

    @Test
    void organizationsJoinOnceAndOnlyThroughTheDistrictOffice() {
        String district = KnownVolunteers.freshDistrict();
        String id = create(district, KnownVolunteers.register(district).id(), "Saturday");
        String office = TestTokens.user(district, "district-admin").token();
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("name", "Red Cross Volunteers"))
                    .when().post("/api/v1/brands/" + id + "/organizations").then().statusCode(201);
            probe.await(r -> id.equals(r.key()) && TopicProbe.text(r).contains("OrganizationJoined"), Duration.ofSeconds(20));
        }
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("name", "red cross volunteers"))
                .when().post("/api/v1/brands/" + id + "/organizations").then().statusCode(409)
                .body("errors.field", contains("name"))
                .body("errors[0].message", equalTo("是已加入本品牌的组织的名称"));
        given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("name", "Ｒｅｄ　Ｃｒｏｓｓ Volunteers"))
                .when().post("/api/v1/brands/" + id + "/organizations").then().statusCode(409)
                .body("errors.field", contains("name"));
        given().auth().oauth2(TestTokens.user(district, "brand-leader").token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Youth League")).when().post("/api/v1/brands/" + id + "/organizations").then().statusCode(403);
        given().auth().oauth2(office).when().get("/api/v1/brands/" + id).then().body("organizations", hasSize(1));
    }

    /**
     * The Location of a joined organization and of an appointed leader answers 200 to whoever reads the brand (another
     * district's office too: brands are public); an organization of another brand, an unknown one and a volunteer who
     * does not lead the brand are 404.
     */
    @Test
    void theLocationsOfAnOrganizationAndALeaderAreReadable() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known second = KnownVolunteers.register(district);
        String id = create(district, KnownVolunteers.register(district).id(), "Saturday");
        String other = create(district, KnownVolunteers.register(district).id(), "Sunday");
        String office = TestTokens.user(district, "district-admin").token();
        var joined = given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("name", "Red Cross Volunteers"))
                .when().post("/api/v1/brands/" + id + "/organizations").then().statusCode(201).extract();
        String organization = java.net.URI.create(joined.header("Location")).getPath();
        assertThat(organization).isEqualTo("/api/v1/brands/" + id + "/organizations/" + joined.path("id"));
        var appointed = given().auth().oauth2(office).contentType(ContentType.JSON).body(Map.of("volunteerId", second.id().toString()))
                .when().post("/api/v1/brands/" + id + "/leaders").then().statusCode(201).extract();
        String leader = java.net.URI.create(appointed.header("Location")).getPath();
        for (String reader : new String[] {office, TestTokens.user("230102", "district-admin").token(),
                TestTokens.user(district, "volunteer").token(), TestTokens.user(district, "analyst").token()}) {
            given().auth().oauth2(reader).when().get(organization).then().statusCode(200)
                    .body("id", equalTo(joined.path("id"))).body("name", equalTo("Red Cross Volunteers"));
            given().auth().oauth2(reader).when().get(leader).then().statusCode(200)
                    .body("brandId", equalTo(id)).body("volunteerId", equalTo(second.id().toString()))
                    .body("appointedAt", notNullValue());
        }
        given().auth().oauth2(office).when().get("/api/v1/brands/" + other + "/organizations/" + joined.path("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(office).when().get("/api/v1/brands/" + id + "/organizations/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(office).when().get("/api/v1/brands/" + other + "/leaders/" + second.id()).then().statusCode(404);
    }

    @Test
    void aRedeliveredVolunteerEventChangesNothing() {
        String district = KnownVolunteers.freshDistrict();
        UUID id = UUID.randomUUID();
        VolunteerRegistered registered = KnownVolunteers.registration(id, district, "subject-" + id, null);
        byte[] message = TestEvents.cloudEvent(registered, "/volunteer-service");
        try (TestEvents events = new TestEvents()) {
            events.send(KnownVolunteers.TOPIC, registered.aggregateId(), message);
            events.send(KnownVolunteers.TOPIC, registered.aggregateId(), message);
        }
        KnownVolunteers.awaitKnown(id);
        // a brand founded by them works once, and their record is the one registration
        create(district, id, "Saturday");
        assertThat(KnownVolunteer.count("volunteerId", id)).isEqualTo(1);
    }
}
