package org.volunteernet.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event as a consumer sees it: the envelope's attributes and the typed data. */
public record ReceivedEvent(UUID id, EventType type, String source, String subject, String district,
        OffsetDateTime time, DomainEvent data) {

    public <T extends DomainEvent> T dataAs(Class<T> dataClass) {
        return dataClass.cast(data);
    }
}
