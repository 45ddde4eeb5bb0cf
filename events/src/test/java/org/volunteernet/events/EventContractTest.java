package org.volunteernet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class EventContractTest {

    private static final ObjectMapper JSON = EventCodec.dataMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static List<DomainEvent> samples() {
        return SampleEvents.all();
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
            return SCHEMAS.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), STRICT_FORMATS);
        }
    }

    @Test
    void everyEventTypeHasASample() {
        Set<EventType> sampled = samples().stream().map(EventType::of).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventSerializesToJsonValidAgainstItsSchema(DomainEvent event) throws Exception {
        JsonNode data = JSON.valueToTree(event);
        Set<ValidationMessage> errors = schemaOf(EventType.of(event)).validate(data);
        assertThat(errors).as("%s against its schema", data).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aRequiredFieldMissingIsRejectedByTheSchema(DomainEvent event) throws Exception {
        ObjectNode data = JSON.valueToTree(event);
        data.remove("district");
        assertThat(schemaOf(EventType.of(event)).validate(data))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("district"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theEnvelopeParsesWithTheCloudEventsSdkAndRoundTrips(DomainEvent event) {
        UUID id = UUID.randomUUID();
        Instant time = Instant.parse("2026-11-24T02:30:00Z");
        byte[] wire = EventCodec.serialize(EventCodec.envelope(id, time, "/volunteer-service", event));

        EventFormat sdkFormat = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
        CloudEvent parsed = sdkFormat.deserialize(wire);
        assertThat(parsed.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(parsed.getId()).isEqualTo(id.toString());
        assertThat(parsed.getType()).isEqualTo(EventType.of(event).ceType());
        assertThat(parsed.getSource().toString()).isEqualTo("/volunteer-service");
        assertThat(parsed.getSubject()).isEqualTo(event.aggregateId());
        assertThat(parsed.getExtension("district")).isEqualTo(SampleEvents.XIANGFANG);
        assertThat(parsed.getDataContentType()).isEqualTo("application/json");

        ReceivedEvent received = EventCodec.parse(wire);
        assertThat(received.id()).isEqualTo(id);
        assertThat(received.data()).isEqualTo(event);
        assertThat(received.district()).isEqualTo(event.district());
    }

    /**
     * EventCodec.parse reads the envelope itself (one streaming pass): for every event type, with the
     * attributes in the SDK's order and with data before type, it gives what the CloudEvents SDK reads.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void theStreamingParseReadsWhatTheSdkReadsInAnyAttributeOrder(DomainEvent event) throws Exception {
        UUID id = UUID.randomUUID();
        byte[] wire = EventCodec.serialize(EventCodec.envelope(id, Instant.parse("2026-11-24T02:30:00.123456Z"), "/activity-service", event));
        CloudEvent sdk = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE).deserialize(wire);
        ObjectNode envelope = (ObjectNode) JSON.readTree(wire);
        ObjectNode dataFirst = JSON.createObjectNode();
        dataFirst.set("data", envelope.get("data"));
        envelope.fields().forEachRemaining(field -> dataFirst.set(field.getKey(), field.getValue()));

        for (byte[] message : List.of(wire, JSON.writeValueAsBytes(dataFirst))) {
            ReceivedEvent received = EventCodec.parse(message);
            assertThat(received.id().toString()).isEqualTo(sdk.getId());
            assertThat(received.type().ceType()).isEqualTo(sdk.getType());
            assertThat(received.source()).isEqualTo(sdk.getSource().toString());
            assertThat(received.subject()).isEqualTo(sdk.getSubject());
            assertThat(received.district()).isEqualTo(sdk.getExtension("district"));
            assertThat(received.time()).isEqualTo(sdk.getTime());
            assertThat(received.data()).isEqualTo(JSON.readValue(sdk.getData().toBytes(), EventType.of(event).dataClass()));
        }
    }

    @Test
    void decimalsKeepTheirScaleWhicheverComesFirst() throws Exception {
        DomainEvent completed = samples().stream().filter(ActivityCompleted.class::isInstance).findFirst().orElseThrow();
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/activity-service", completed)));
        String data = JSON.writeValueAsString(envelope.remove("data")).replaceFirst("\"hours\":[0-9.]+", "\"hours\":2.50");
        String attributes = JSON.writeValueAsString(envelope);
        String wire = attributes.substring(0, attributes.length() - 1) + ",\"data\":" + data + "}";
        String dataFirst = "{\"data\":" + data + "," + attributes.substring(1);
        for (String message : List.of(wire, dataFirst)) {
            ActivityCompleted parsed = (ActivityCompleted) EventCodec.parse(message.getBytes(StandardCharsets.UTF_8)).data();
            assertThat(parsed.participants().get(0).hours()).hasToString("2.50");
        }
    }

    @Test
    void whatIsNotAStructuredCloudEvent10IsPoison() throws Exception {
        DomainEvent event = samples().get(0);
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/volunteer-service", event)));
        List<ObjectNode> broken = List.of(
                envelope.deepCopy().put("specversion", "0.3"),
                (ObjectNode) envelope.deepCopy().without("specversion"),
                (ObjectNode) envelope.deepCopy().without("source"),
                (ObjectNode) envelope.deepCopy().without("id"),
                (ObjectNode) envelope.deepCopy().without("data"),
                envelope.deepCopy().put("time", "yesterday"),
                envelope.deepCopy().put("datacontenttype", "text/plain"),
                envelope.deepCopy().put("source", "not a uri"),
                (ObjectNode) envelope.deepCopy().set("subject", JSON.createArrayNode()));
        for (ObjectNode message : broken) {
            assertThatThrownBy(() -> EventCodec.parse(JSON.writeValueAsBytes(message))).as("%s", message)
                    .isInstanceOf(InvalidEventException.class);
        }
        assertThatThrownBy(() -> EventCodec.parse((JSON.writeValueAsString(envelope) + " {}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.parse("[]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void unknownFieldsInDataAreIgnoredSoThatFieldsMayGrow() throws Exception {
        DomainEvent event = samples().get(0);
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/volunteer-service", event)));
        ((ObjectNode) envelope.get("data")).put("aFieldFromTheFuture", 42);
        assertThat(EventCodec.parse(JSON.writeValueAsBytes(envelope)).data()).isEqualTo(event);
    }

    @Test
    void garbageUnknownTypesAndBadIdsArePoison() throws Exception {
        assertThatThrownBy(() -> EventCodec.parse("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.parse(new byte[0])).isInstanceOf(InvalidEventException.class);

        DomainEvent event = samples().get(0);
        ObjectNode envelope = (ObjectNode) JSON.readTree(
                EventCodec.serialize(EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/volunteer-service", event)));
        ObjectNode unknownType = envelope.deepCopy().put("type", "org.volunteernet.Nonsense.v1");
        assertThatThrownBy(() -> EventCodec.parse(JSON.writeValueAsBytes(unknownType)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unknown event type");
        ObjectNode badId = envelope.deepCopy().put("id", "42");
        assertThatThrownBy(() -> EventCodec.parse(JSON.writeValueAsBytes(badId)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("not a UUID");
        ObjectNode badData = envelope.deepCopy();
        ((ObjectNode) badData.get("data")).put("registeredAt", "nineteen-ninety");
        assertThatThrownBy(() -> EventCodec.parse(JSON.writeValueAsBytes(badData)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noEventCarriesAnIdNumberAPhoneOrAShortcoming(EventType type) {
        List<String> fields = Arrays.stream(type.dataClass().getRecordComponents())
                .map(RecordComponent::getName).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        assertThat(fields).noneMatch(f -> f.contains("idnumber") || f.contains("phone")
                || f.contains("name") && (type == EventType.VOLUNTEER_REGISTERED
                        || type == EventType.VOLUNTEER_PROFILE_UPDATED || type == EventType.VOLUNTEER_ACCOUNT_LINKED)
                || f.equals("shortcomings") || f.contains("description"));
    }

    /**
     * No current event version carries a person's name or a re-identifying code: the person in charge
     * travels as a sealed reference, certificate verification codes stay out of events. Only the
     * superseded v1 records (kept readable for the events already on the topics) still have them.
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void noCurrentEventCarriesAPersonsNameOrAVerificationCode(EventType type) {
        List<String> fields = Arrays.stream(type.dataClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        boolean superseded = type == EventType.ACTIVITY_COMPLETED_V1 || type == EventType.CERTIFICATE_ISSUED_V1
                || type == EventType.VOLUNTEER_REGISTERED_V1;
        assertThat(type.dataClass().isAnnotationPresent(Deprecated.class)).isEqualTo(superseded);
        if (!superseded) {
            assertThat(fields).as("fields of %s", type.ceType())
                    .doesNotContain("personInCharge", "verificationCode", "realName", "fullName", "personName", "checkInCode",
                            "volunteerNumber", "gender", "birthYear"); // community alone stays in VolunteerProfileUpdated
        }
        if (type.simpleName().equals("VolunteerRegistered") && !superseded) {
            assertThat(fields).as("VolunteerRegistered.v2 drops v1's re-identifying fields").doesNotContain("community");
        }
    }

    @Test
    void aSupersededVersionReadsAsTheCurrentOneWithoutThePersonalFields() {
        @SuppressWarnings("deprecation")
        List<DomainEvent> old = samples().stream()
                .filter(e -> e instanceof ActivityCompletedV1 || e instanceof CertificateIssuedV1
                        || e instanceof VolunteerRegisteredV1).toList();
        assertThat(old).hasSize(3);
        for (DomainEvent event : old) {
            @SuppressWarnings("deprecation")
            DomainEvent current = event instanceof ActivityCompletedV1 a ? a.current()
                    : event instanceof VolunteerRegisteredV1 r ? r.current() : ((CertificateIssuedV1) event).current();
            EventType type = EventType.of(current);
            assertThat(type.simpleName()).isEqualTo(EventType.of(event).simpleName());
            assertThat(type.version()).isEqualTo(2);
            assertThat(JSON.valueToTree(current).toString()).doesNotContain("Wang Fang", "K7Q2-M9XA-4TPE", "VN-230110-000042",
                    "Xiangfang Street", "MALE");
            ReceivedEvent received = EventCodec.parse(EventCodec.serialize(
                    EventCodec.envelope(UUID.randomUUID(), Instant.now(), "/activity-service", event)));
            assertThat(received.type().ceType()).endsWith(".v1");
            assertThat(received.data()).isEqualTo(event);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsInTheAsyncApiDocumentOnItsTopic(EventType type) throws Exception {
        JsonNode doc = new YAMLMapper().readTree(Path.of("asyncapi.yaml").toFile());
        JsonNode message = doc.at("/components/messages/" + type.messageName());
        assertThat(message.isMissingNode()).as("message %s", type.messageName()).isFalse();
        assertThat(message.at("/title").asText()).isEqualTo(type.ceType());
        assertThat(message.at("/payload/allOf/1/properties/data/$ref").asText())
                .isEqualTo("./src/main/resources/" + type.schemaResource());
        boolean onItsTopic = false;
        for (JsonNode channel : doc.get("channels")) {
            if (channel.get("address").asText().equals(type.topic().topicName())
                    && channel.at("/messages/" + type.messageName()).isObject()) {
                onItsTopic = true;
            }
        }
        assertThat(onItsTopic).as("%s listed on channel %s", type, type.topic().topicName()).isTrue();
    }
}
