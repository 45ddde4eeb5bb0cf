package org.volunteernet.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.events.OrganizationJoined;
import org.volunteernet.reporting.projection.service.Projections.ReplayBatch;

/** A replayed batch is parsed apart from its application (unit test): valid events kept in order, the rest counted. */
@Tag("unit")
class ReplayBatchTest {

    static byte[] joined(String name) {
        return TestEvents.cloudEvent(new OrganizationJoined(UUID.randomUUID(), UUID.randomUUID(), "230110", name, Instant.now()),
                "/brand-service");
    }

    @Test
    void validEventsKeepTheirOrderAndWhatIsNotAnEventIsCounted() {
        ReplayBatch batch = ReplayBatch.parse(List.of(joined("first"), "{\"specversion\":".getBytes(StandardCharsets.UTF_8),
                joined("second"), new byte[0]));

        assertThat(batch.events()).extracting(e -> ((OrganizationJoined) e.data()).name()).containsExactly("first", "second");
        assertThat(batch.invalid()).isEqualTo(2);
    }
}
