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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThat(parsed.getType()).isEqualTo("org.volunteernet." + event.getClass().getSimpleName() + ".v1");
        assertThat(parsed.getSource().toString()).isEqualTo("/volunteer-service");
        assertThat(parsed.getSubject()).isEqualTo(event.aggregateId());
        assertThat(parsed.getExtension("district")).isEqualTo(SampleEvents.XIANGFANG);
        assertThat(parsed.getDataContentType()).isEqualTo("application/json");

        ReceivedEvent received = EventCodec.parse(wire);
        assertThat(received.id()).isEqualTo(id);
        assertThat(received.data()).isEqualTo(event);
        assertThat(received.district()).isEqualTo(event.district());
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
        ((ObjectNode) badData.get("data")).put("birthYear", "nineteen-ninety");
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

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsInTheAsyncApiDocumentOnItsTopic(EventType type) throws Exception {
        JsonNode doc = new YAMLMapper().readTree(Path.of("asyncapi.yaml").toFile());
        JsonNode message = doc.at("/components/messages/" + type.simpleName());
        assertThat(message.isMissingNode()).as("message %s", type.simpleName()).isFalse();
        assertThat(message.at("/title").asText()).isEqualTo(type.ceType());
        assertThat(message.at("/payload/allOf/1/properties/data/$ref").asText())
                .isEqualTo("./src/main/resources/" + type.schemaResource());
        boolean onItsTopic = false;
        for (JsonNode channel : doc.get("channels")) {
            if (channel.get("address").asText().equals(type.topic().topicName())
                    && channel.at("/messages/" + type.simpleName()).isObject()) {
                onItsTopic = true;
            }
        }
        assertThat(onItsTopic).as("%s listed on channel %s", type, type.topic().topicName()).isTrue();
    }
}
