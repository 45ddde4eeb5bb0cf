package org.volunteernet.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    /**
     * Parses a structured CloudEvent (JSON format, specversion 1.0) and its typed data in one pass
     * over the bytes; anything unreadable is an {@link InvalidEventException}.
     *
     * <p>Every consumer and a rebuild parse every event, so this reads the envelope with Jackson's
     * streaming parser and the data straight into its record, instead of the CloudEvents SDK's
     * tree, a copy of the data as bytes and a second parse of them (the SDK's way measured at
     * about two thirds of a rebuild's CPU). It checks what the SDK checks and the network relies on:
     * a JSON object, specversion "1.0", the required id, source (a URI reference) and type, an RFC 3339
     * time, JSON data (datacontenttype absent or JSON; {@code data_base64} is not used by this
     * network and is refused). What the SDK writes ({@link #serialize}) puts data last, so the type is
     * known when data comes; when data comes first it is buffered as tokens (numbers kept exact).
     * EventContractTest checks the result against the SDK's own parse for every event type.
     */
    public static ReceivedEvent parse(byte[] message) {
        if (message == null || message.length == 0) {
            throw new InvalidEventException("empty message");
        }
        Envelope envelope = new Envelope();
        try (JsonParser parser = DATA_MAPPER.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidEventException("not a structured CloudEvent: not a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("data".equals(name)) {
                    envelope.data(parser, value);
                } else if (value.isScalarValue()) {
                    envelope.attribute(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
                } else {
                    throw new InvalidEventException("not a structured CloudEvent: attribute " + name + " is not a scalar");
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidEventException("not a structured CloudEvent: something follows the event object");
            }
        } catch (IOException e) {
            throw new InvalidEventException("not a structured CloudEvent: " + e.getMessage(), e);
        }
        return envelope.received();
    }

    /** What {@link #parse} has read of one event so far. */
    private static final class Envelope {
        private String specVersion;
        private String id;
        private String source;
        private String type;
        private String subject;
        private String time;
        private String district;
        private String dataContentType;
        private EventType eventType;
        private boolean hasData;
        private DomainEvent data;
        private TokenBuffer dataAhead; // data that came before type

        void attribute(String name, String value) {
            switch (name) {
                case "specversion" -> specVersion = value;
                case "id" -> id = value;
                case "source" -> source = value;
                case "type" -> {
                    type = value;
                    eventType = value == null ? null : EventType.fromCeType(value)
                            .orElseThrow(() -> new InvalidEventException("unknown event type " + value));
                }
                case "subject" -> subject = value;
                case "time" -> time = value;
                case "datacontenttype" -> dataContentType = value;
                case "data_base64" -> throw new InvalidEventException("event " + id + " has base64 data; this network's events carry JSON data");
                case DISTRICT_EXTENSION -> district = value;
                default -> {
                    // another extension attribute: not used here
                }
            }
        }

        void data(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return;
            }
            hasData = true;
            if (eventType != null) {
                data = readData(parser, eventType);
            } else {
                dataAhead = TokenBuffer.asCopyOfValue(parser);
            }
        }

        private DomainEvent readData(JsonParser parser, EventType type) {
            try {
                return DATA_MAPPER.readValue(parser, type.dataClass());
            } catch (IOException | RuntimeException e) {
                throw new InvalidEventException("data of " + type.ceType() + " " + id + " is unreadable: " + e.getMessage(), e);
            }
        }

        ReceivedEvent received() {
            if (!"1.0".equals(specVersion)) {
                throw new InvalidEventException("not a structured CloudEvent: specversion " + specVersion + ", expected 1.0");
            }
            if (id == null || id.isEmpty() || source == null || source.isEmpty() || type == null || type.isEmpty()) {
                throw new InvalidEventException("not a structured CloudEvent: id, source and type are required");
            }
            if (dataContentType != null && !dataContentType.startsWith("application/json") && !dataContentType.contains("+json")) {
                throw new InvalidEventException("event " + id + " has data of type " + dataContentType + ", not JSON");
            }
            UUID eventId;
            try {
                eventId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("event id is not a UUID: " + id, e);
            }
            URI sourceUri;
            OffsetDateTime eventTime;
            try {
                sourceUri = URI.create(source);
                eventTime = time == null ? null : OffsetDateTime.parse(time, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidEventException("not a structured CloudEvent: " + e.getMessage(), e);
            }
            if (!hasData) {
                throw new InvalidEventException("event " + id + " has no data");
            }
            if (data == null) {
                try (JsonParser buffered = dataAhead.asParserOnFirstToken()) {
                    data = readData(buffered, eventType);
                } catch (IOException e) {
                    throw new InvalidEventException("data of " + type + " " + id + " is unreadable: " + e.getMessage(), e);
                }
            }
            return new ReceivedEvent(eventId, eventType, sourceUri.toString(), subject,
                    district == null ? data.district() : district, eventTime, data);
        }
    }
}
