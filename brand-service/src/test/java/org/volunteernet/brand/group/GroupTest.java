package org.volunteernet.brand.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.MemberLeft;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.brand.KnownVolunteers;
import org.volunteernet.common.testing.TestTokens;
import org.volunteernet.common.testing.TopicProbe;

@QuarkusTest
class GroupTest {

    /** A brand with a founder who holds the brand-leader role, and a group led by another volunteer. */
    record Setup(String district, String brandId, KnownVolunteers.Known brandLeader, KnownVolunteers.Known groupLeader,
            String groupId) {
    }

    static Setup setup() {
        String district = KnownVolunteers.freshDistrict();
        KnownVolunteers.Known brandLeader = KnownVolunteers.register(district, "volunteer", "brand-leader");
        KnownVolunteers.Known groupLeader = KnownVolunteers.register(district);
        String brandId = given().auth().oauth2(TestTokens.user(district, "district-admin").token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Saturday", "district", district, "founderVolunteerId", brandLeader.id().toString()))
                .when().post("/api/v1/brands").then().statusCode(201).extract().path("id");
        String groupId = given().auth().oauth2(brandLeader.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Riverside Guardians", "leaderVolunteerId", groupLeader.id().toString()))
                .when().post("/api/v1/brands/" + brandId + "/groups")
                .then().statusCode(201).body("members", equalTo(1)).extract().path("id");
        return new Setup(district, brandId, brandLeader, groupLeader, groupId);
    }

    static void ask(KnownVolunteers.Known volunteer, String groupId, int status) {
        given().auth().oauth2(volunteer.token()).when().post("/api/v1/groups/" + groupId + "/members").then().statusCode(status);
    }

    static io.restassured.response.ValidatableResponse decide(String token, String groupId, Object volunteerId, boolean approved) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("approved", approved, "reason", approved ? "Welcome" : "The group is full"))
                .when().post("/api/v1/groups/" + groupId + "/members/" + volunteerId + "/approval").then();
    }

    /**
     * Asking to join names the membership in Location: the volunteer, the group's leader, the brand's leader and the
     * district office read it (200); another volunteer and another district's office get the very 404 of a volunteer
     * who never asked.
     */
    @Test
    void theLocationOfARequestToJoinIsReadableByWhoDecidesAndNobodyElse() {
        Setup s = setup();
        KnownVolunteers.Known joiner = KnownVolunteers.register(s.district());
        var asked = given().auth().oauth2(joiner.token()).when().post("/api/v1/groups/" + s.groupId() + "/members")
                .then().statusCode(201).extract();
        String path = java.net.URI.create(asked.header("Location")).getPath();
        org.assertj.core.api.Assertions.assertThat(path)
                .isEqualTo("/api/v1/groups/" + s.groupId() + "/members/" + joiner.id());
        for (String reader : new String[] {joiner.token(), s.groupLeader().token(), s.brandLeader().token(),
                TestTokens.user(s.district(), "district-admin").token()}) {
            given().auth().oauth2(reader).when().get(path).then().statusCode(200)
                    .body("volunteerId", equalTo(joiner.id().toString())).body("status", equalTo("PENDING"));
        }
        String nobody = java.util.UUID.randomUUID().toString();
        for (String outsider : new String[] {KnownVolunteers.register(s.district()).token(),
                TestTokens.user("230102", "district-admin").token()}) {
            String ofTheirs = given().auth().oauth2(outsider).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").extract().path("detail");
            String ofNobody = given().auth().oauth2(outsider).when().get("/api/v1/groups/" + s.groupId() + "/members/" + nobody)
                    .then().statusCode(404).extract().path("detail");
            org.assertj.core.api.Assertions.assertThat(ofTheirs.replace(joiner.id().toString(), "ID"))
                    .isEqualTo(ofNobody.replace(nobody, "ID"));
        }
    }

    /** Asking to join takes no body: a message sent with it would be lost, so it is a 400 naming body and nobody asks. */
    @Test
    void aBodySentWhenAskingToJoinIsRefusedAndNothingIsAsked() {
        Setup s = setup();
        KnownVolunteers.Known joiner = KnownVolunteers.register(s.district());
        given().auth().oauth2(joiner.token()).contentType(ContentType.JSON).body(Map.of("message", "I live nearby"))
                .when().post("/api/v1/groups/" + s.groupId() + "/members").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("此操作不接受请求体；请不要发送请求体"));
        ask(joiner, s.groupId(), 201); // the refused call asked nothing: this is the first ask, not a second (409)
    }

    @Test
    void aVolunteerAsksTheGroupLeaderApprovesOnceAndMemberJoinedIsPublished() {
        Setup s = setup();
        KnownVolunteers.Known joiner = KnownVolunteers.register(s.district());
        ask(joiner, s.groupId(), 201);
        ask(joiner, s.groupId(), 409);
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            decide(s.groupLeader().token(), s.groupId(), joiner.id(), true).statusCode(200).body("status", equalTo("APPROVED"));
            probe.await(r -> TopicProbe.text(r).contains("MemberJoined") && TopicProbe.text(r).contains(joiner.id().toString()),
                    Duration.ofSeconds(20));
        }
        decide(s.groupLeader().token(), s.groupId(), joiner.id(), true).statusCode(409);
        decide(s.brandLeader().token(), s.groupId(), joiner.id(), true).statusCode(409);
        given().auth().oauth2(joiner.token()).when().get("/api/v1/groups/" + s.groupId())
                .then().statusCode(200).body("members", equalTo(2));
    }

    @Test
    void leadersAndMembersOfAGroupBelongToItsBrandsDistrict() {
        Setup s = setup();
        KnownVolunteers.Known elsewhere = KnownVolunteers.register(KnownVolunteers.freshDistrict());
        given().auth().oauth2(s.brandLeader().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Across the River", "leaderVolunteerId", elsewhere.id().toString()))
                .when().post("/api/v1/brands/" + s.brandId() + "/groups")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("leaderVolunteerId"));
        ask(elsewhere, s.groupId(), 422);
        given().auth().oauth2(s.groupLeader().token()).when().get("/api/v1/groups/" + s.groupId())
                .then().statusCode(200).body("members", equalTo(1));
    }

    @Test
    void aGroupNameTakenInTheBrandIs409NamingName() {
        Setup s = setup();
        given().auth().oauth2(s.brandLeader().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "riverside  GUARDIANS", "leaderVolunteerId", s.groupLeader().id().toString()))
                .when().post("/api/v1/brands/" + s.brandId() + "/groups")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("name"))
                .body("errors[0].message", equalTo("是本品牌另一个小组的名称"));
        // full width and an ideographic space make no new name either (NameKey: NFKC)
        given().auth().oauth2(s.brandLeader().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "ＲＩＶＥＲＳＩＤＥ　Ｇｕａｒｄｉａｎｓ", "leaderVolunteerId", s.groupLeader().id().toString()))
                .when().post("/api/v1/brands/" + s.brandId() + "/groups")
                .then().statusCode(409).body("errors.field", org.hamcrest.Matchers.contains("name"));
    }

    @Test
    void aBrandLeaderDecidesForItsOwnBrandOnly() {
        Setup mine = setup();
        Setup other = setup();
        KnownVolunteers.Known joiner = KnownVolunteers.register(mine.district());
        ask(joiner, mine.groupId(), 201);
        decide(other.brandLeader().token(), mine.groupId(), joiner.id(), true).statusCode(403);
        given().auth().oauth2(other.brandLeader().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Intruders", "leaderVolunteerId", other.brandLeader().id().toString()))
                .when().post("/api/v1/brands/" + mine.brandId() + "/groups").then().statusCode(404);
        KnownVolunteers.Known bystander = KnownVolunteers.register(mine.district());
        decide(bystander.token(), mine.groupId(), joiner.id(), true).statusCode(403);
        decide(mine.brandLeader().token(), mine.groupId(), joiner.id(), false).statusCode(200).body("status", equalTo("DECLINED"));
        ask(joiner, mine.groupId(), 201); // a declined volunteer may ask again
    }

    static boolean memberLeft(ConsumerRecord<String, byte[]> record, KnownVolunteers.Known who, boolean removed) {
        ReceivedEvent event = EventCodec.parse(record.value());
        return event.data() instanceof MemberLeft left && left.volunteerId().equals(who.id()) && left.removed() == removed;
    }

    @Test
    void membersLeaveAndLeadersRemoveWithEvents() {
        Setup s = setup();
        KnownVolunteers.Known leaving = KnownVolunteers.register(s.district());
        KnownVolunteers.Known removed = KnownVolunteers.register(s.district());
        for (KnownVolunteers.Known v : new KnownVolunteers.Known[] {leaving, removed}) {
            ask(v, s.groupId(), 201);
            decide(s.groupLeader().token(), s.groupId(), v.id(), true).statusCode(200);
        }
        try (TopicProbe probe = TopicProbe.open("test.brand.events")) {
            given().auth().oauth2(leaving.token()).when().delete("/api/v1/groups/" + s.groupId() + "/members/me")
                    .then().statusCode(204);
            given().auth().oauth2(removed.token()).when().delete("/api/v1/groups/" + s.groupId() + "/members/" + leaving.id())
                    .then().statusCode(403);
            given().auth().oauth2(s.brandLeader().token())
                    .when().delete("/api/v1/groups/" + s.groupId() + "/members/" + removed.id()).then().statusCode(204);
            probe.await(r -> memberLeft(r, leaving, false), Duration.ofSeconds(20));
            probe.await(r -> memberLeft(r, removed, true), Duration.ofSeconds(20));
        }
        given().auth().oauth2(leaving.token()).when().delete("/api/v1/groups/" + s.groupId() + "/members/me").then().statusCode(404);
        given().auth().oauth2(s.groupLeader().token()).when().get("/api/v1/groups/" + s.groupId()).then().body("members", equalTo(1));
    }

    @Test
    void anAccountWithoutRegistrationCannotAskAndUnknownGroupsAre404() {
        Setup s = setup();
        given().auth().oauth2(TestTokens.user(s.district(), "volunteer").token())
                .when().post("/api/v1/groups/" + s.groupId() + "/members").then().statusCode(403);
        KnownVolunteers.Known volunteer = KnownVolunteers.register(s.district());
        given().auth().oauth2(volunteer.token()).when().post("/api/v1/groups/" + java.util.UUID.randomUUID() + "/members")
                .then().statusCode(404);
        given().when().post("/api/v1/groups/" + s.groupId() + "/members").then().statusCode(401);
        decide(s.groupLeader().token(), s.groupId(), volunteer.id(), true).statusCode(404);
        given().auth().oauth2(s.groupLeader().token()).contentType(ContentType.JSON).body(Map.of("approved", "perhaps", "reason", "x"))
                .when().post("/api/v1/groups/" + s.groupId() + "/members/" + volunteer.id() + "/approval").then().statusCode(400);
    }
}
