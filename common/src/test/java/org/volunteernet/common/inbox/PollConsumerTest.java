package org.volunteernet.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.OrganizationJoined;
import org.volunteernet.events.ReceivedEvent;
import org.volunteernet.events.WorkUnitRegistered;

/**
 * How a poll is split (unit test, no Kafka, no database): the wanted events applied together in
 * their order, other types passed over without a call, poison dead-lettered, a failing batch applied
 * event by event with only the failing event dead-lettered.
 */
@Tag("unit")
class PollConsumerTest {

    static final TopicPartition PARTITION = new TopicPartition("brand.events", 0);

    /** Dead letters kept in memory instead of sent to Kafka. */
    static final class KeptDeadLetters extends DeadLetters {
        final List<Long> offsets = new ArrayList<>();

        @Override
        public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
            offsets.add(record.offset());
        }
    }

    final KeptDeadLetters deadLetters = new KeptDeadLetters();
    final PollConsumer polls = new PollConsumer();

    PollConsumerTest() {
        polls.deadLetters = deadLetters;
        polls.retry = new InboundRetry(); // outside CDI: the policy's annotations do nothing, the handler is called once
    }

    static ConsumerRecords<String, byte[]> poll(byte[]... messages) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            records.add(new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), i, "key", messages[i]));
        }
        return new ConsumerRecords<>(Map.of(PARTITION, records), Map.of());
    }

    static byte[] organizationJoined(String name) {
        return TestEvents.cloudEvent(new OrganizationJoined(UUID.randomUUID(), UUID.randomUUID(), "230110", name, Instant.now()),
                "/brand-service");
    }

    static byte[] workUnitRegistered() {
        return TestEvents.cloudEvent(new WorkUnitRegistered(UUID.randomUUID(), "230110", "Xiangfang No. 1 Middle School", "SCHOOL",
                Instant.now()), "/brand-service");
    }

    static final Set<Class<? extends DomainEvent>> WANTED = Set.of(OrganizationJoined.class);

    @Test
    void wantedEventsAreAppliedTogetherInTheirOrderAndTheRestPassedOver() {
        List<List<String>> calls = new ArrayList<>();
        polls.consume(poll(organizationJoined("first"), workUnitRegistered(), organizationJoined("second")), WANTED,
                events -> calls.add(events.stream().map(e -> ((OrganizationJoined) e.data()).name()).toList()));

        assertThat(calls).containsExactly(List.of("first", "second"));
        assertThat(deadLetters.offsets).isEmpty();
    }

    @Test
    void aPollWithNothingWantedCallsNoHandler() {
        List<List<ReceivedEvent>> calls = new ArrayList<>();
        polls.consume(poll(workUnitRegistered(), workUnitRegistered()), WANTED, calls::add);

        assertThat(calls).isEmpty();
    }

    @Test
    void poisonIsDeadLetteredAndTheRestApplied() {
        List<Integer> sizes = new ArrayList<>();
        polls.consume(poll(organizationJoined("a"), "{not json".getBytes(StandardCharsets.UTF_8), new byte[0],
                organizationJoined("b")), WANTED, events -> sizes.add(events.size()));

        assertThat(sizes).containsExactly(2);
        assertThat(deadLetters.offsets).containsExactly(1L, 2L);
    }

    @Test
    void aFailingBatchIsAppliedEventByEventAndOnlyTheFailingEventDeadLettered() {
        List<String> applied = new ArrayList<>();
        polls.consume(poll(organizationJoined("fine"), organizationJoined("broken"), organizationJoined("also fine")), WANTED,
                events -> {
                    if (events.stream().anyMatch(e -> ((OrganizationJoined) e.data()).name().equals("broken"))) {
                        throw new IllegalStateException("a constraint the event breaks");
                    }
                    events.forEach(e -> applied.add(((OrganizationJoined) e.data()).name()));
                });

        assertThat(applied).containsExactly("fine", "also fine");
        assertThat(deadLetters.offsets).containsExactly(1L);
    }

    @Test
    void onePollFeedsTwoHandlersEachWithItsTypesAndEachFailingOnItsOwn() {
        PollConsumer.Poll poll = polls.parse(poll(organizationJoined("a"), workUnitRegistered(), organizationJoined("b"),
                workUnitRegistered()), Set.of(OrganizationJoined.class, WorkUnitRegistered.class));
        List<String> joined = new ArrayList<>();
        polls.apply(poll.only(WANTED), events -> events.forEach(e -> joined.add(((OrganizationJoined) e.data()).name())));
        polls.apply(poll.only(Set.of(WorkUnitRegistered.class)), events -> {
            throw new IllegalStateException("a constraint the event breaks");
        });

        assertThat(joined).containsExactly("a", "b");
        assertThat(deadLetters.offsets).containsExactly(1L, 3L); // each failing event with its own record
    }

    @Test
    void everyTypeIsWantedWithAll() {
        List<Integer> sizes = new ArrayList<>();
        polls.consume(poll(organizationJoined("a"), workUnitRegistered()), PollConsumer.ALL, events -> sizes.add(events.size()));

        assertThat(sizes).containsExactly(2);
    }
}
