package org.volunteernet.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * A PATCH field that can be cleared: left out it is {@code null} (keep the value), JSON {@code null}
 * is {@link Optional#empty()} (clear it), an id is that id. Jackson's own Optional support reads a
 * missing field as empty too, which would clear what the caller never mentioned. Use as
 * {@code @JsonDeserialize(using = ClearableUuid.class) Optional<UUID> field}.
 */
public class ClearableUuid extends StdDeserializer<Optional<UUID>> {

    public ClearableUuid() {
        super(Optional.class);
    }

    @Override
    public Optional<UUID> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Optional.of(context.readValue(parser, UUID.class));
    }

    @Override
    public Optional<UUID> getNullValue(DeserializationContext context) {
        return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
