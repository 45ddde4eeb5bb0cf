package org.volunteernet.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes and reads the network's events: CloudEvents 1.0 in structured JSON mode, with the event
 * record as JSON {@code data} and the district as the {@code district} extension attribute.
 */
public final class EventCodec {

    /** Content type of a structured-mode CloudEvent, sent as the Kafka {@code content-type} header. */
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    public static final String DISTRICT_EXTENSION = "district";

    private static final ObjectMapper DATA_MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Fields may grow: an older consumer ignores what it does not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    private static final EventFormat FORMAT = new JsonFormat();

    private EventCodec() {
    }

    /** The JSON mapper used for event data, shared so that tests see exactly what is sent. */
    public static ObjectMapper dataMapper() {
        return DATA_MAPPER;
    }

    /** Wraps event data into a CloudEvent from {@code source} (e.g. {@code /volunteer-service}). */
    public static CloudEvent envelope(UUID id, Instant time, String source, DomainEvent data) {
        EventType type = EventType.of(data);
        try {
            return CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withType(type.ceType())
                    .withSource(URI.create(source))
                    .withSubject(data.aggregateId())
                    .withTime(time.atOffset(ZoneOffset.UTC))
                    .withExtension(DISTRICT_EXTENSION, data.district())
                    .withDataContentType("application/json")
                    .withData(DATA_MAPPER.writeValueAsBytes(data))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + type, e);
        }
    }

    public static byte[] serialize(CloudEvent event) {
        return FORMAT.serialize(event);
    }

    /** Parses a structured CloudEvent and its typed data; anything unreadable is an {@link InvalidEventException}. */
    public static ReceivedEvent parse(byte[] message) {
        if (message == null || message.length == 0) {
            throw new InvalidEventException("empty message");
        }
        CloudEvent event;
        try {
            event = FORMAT.deserialize(message);
        } catch (RuntimeException e) {
            throw new InvalidEventException("not a structured CloudEvent: " + e.getMessage(), e);
        }
        EventType type = EventType.fromCeType(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + event.getType()));
        if (event.getData() == null) {
            throw new InvalidEventException("event " + event.getId() + " has no data");
        }
        UUID id;
        try {
            id = UUID.fromString(event.getId());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event id is not a UUID: " + event.getId(), e);
        }
        DomainEvent data;
        try {
            data = DATA_MAPPER.readValue(event.getData().toBytes(), type.dataClass());
        } catch (IOException e) {
            throw new InvalidEventException("data of " + type.ceType() + " " + id + " is unreadable: " + e.getMessage(), e);
        }
        Object district = event.getExtension(DISTRICT_EXTENSION);
        OffsetDateTime time = event.getTime();
        return new ReceivedEvent(id, type, event.getSource().toString(), event.getSubject(),
                district == null ? data.district() : district.toString(), time, data);
    }
}
