package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.InvalidEventException;

/**
 * Nothing lost, nothing double, under faults. A steady load of real writes (witnessed deeds for
 * two volunteers, registrations) runs while faults are injected one at a time: the broker killed
 * with SIGKILL and restarted, volunteer-service killed with SIGKILL mid-writes and restarted,
 * reporting-service killed mid-consumption and restarted, PostgreSQL restarted, an event
 * delivered twice and a malformed message on every topic. Writers retry a failed request with its
 * Idempotency-Key, as a client should, so each logical write is acknowledged once.
 * Then it reconciles: every acknowledged write is in volunteer-service's database once, the
 * district report counts each exactly once within a bounded time, the poison sits in every
 * dead-letter topic with its reason, and each volunteer's deed events kept their order.
 * {@code -Dfaults.runs=N} repeats the faults (the long form); make test runs them once.
 */
class FaultsIT {

    static final int RUNS = Integer.getInteger("faults.runs", 1);
    static final ZoneId NETWORK_ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> TOPICS = List.of("volunteer.events", "activity.events", "brand.events");
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    final AtomicBoolean loading = new AtomicBoolean(true);
    final AtomicInteger failedAttempts = new AtomicInteger();
    final Map<String, List<String>> acknowledgedDeeds = Collections.synchronizedMap(new LinkedHashMap<>());
    final AtomicInteger acknowledgedRegistrations = new AtomicInteger();
    final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyAcknowledgedWriteIsStoredAndReportedOnceWhateverFails() throws Exception {
        String office = Network.token("admin-xiangfang");
        List<String> volunteers = List.of(Network.register(office, Network.XIANGFANG), Network.register(office, Network.XIANGFANG));
        LocalDate today = LocalDate.now(NETWORK_ZONE);
        long deedsBefore = Network.settled(Duration.ofSeconds(120), () -> Network.witnessedDeedsThisMonth(today));
        long registeredBefore = Network.settledRegisteredVolunteers(Network.XIANGFANG);

        List<Thread> writers = new ArrayList<>();
        for (String volunteer : volunteers) {
            acknowledgedDeeds.put(volunteer, Collections.synchronizedList(new ArrayList<>()));
            writers.add(new Thread(() -> writeDeeds(volunteer, today), "deeds-" + volunteer));
        }
        writers.add(new Thread(this::writeRegistrations, "registrations"));
        writers.forEach(Thread::start);

        List<String> injected = new ArrayList<>();
        long drainMillis = 0;
        try {
            for (int run = 1; run <= RUNS; run++) {
                pause(3);
                inject(injected, "broker SIGKILL", () -> {
                    Network.stack("kafka.sh", "kill");
                    pause(3);
                    Network.stack("kafka.sh", "up");
                });
                pause(3);
                inject(injected, "volunteer-service SIGKILL", () -> {
                    Network.stack("services.sh", "kill", "volunteer-service");
                    Network.stack("services.sh", "start", "volunteer-service");
                });
                pause(3);
                inject(injected, "reporting-service SIGKILL", () -> {
                    Network.stack("services.sh", "kill", "reporting-service");
                    Network.stack("services.sh", "start", "reporting-service");
                });
                pause(3);
                inject(injected, "PostgreSQL restart", () -> Network.stack("postgres.sh", "restart"));
                pause(3);
                inject(injected, "an event delivered twice", () -> redeliverLastDeedOf(volunteers.get(0)));
                inject(injected, "a malformed message on every topic", () -> poisonEveryTopic(volunteers.get(1)));
                pause(3);
            }
        } finally {
            loading.set(false);
            for (Thread writer : writers) {
                writer.join(180_000);
            }
        }
        long stopped = System.nanoTime();

        int deeds = acknowledgedDeeds.values().stream().mapToInt(List::size).sum();
        long expectedDeeds = deedsBefore + deeds;
        long expectedRegistered = registeredBefore + acknowledgedRegistrations.get();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                Network.witnessedDeedsThisMonth(today) >= expectedDeeds && Network.registeredVolunteers(Network.XIANGFANG) >= expectedRegistered);
        drainMillis = (System.nanoTime() - stopped) / 1_000_000;

        Set<String> allAcknowledged = new LinkedHashSet<>();
        acknowledgedDeeds.values().forEach(allAcknowledged::addAll);
        long[] stored = storedDeeds(volunteers, allAcknowledged);
        long reportedDeeds = Network.settled(Duration.ofSeconds(120), () -> Network.witnessedDeedsThisMonth(today)) - deedsBefore;
        long reportedRegistrations = Network.settledRegisteredVolunteers(Network.XIANGFANG) - registeredBefore;
        List<String> poisonFound = poisonInDeadLetters(volunteers.get(1));
        List<String> outOfOrder = deedOrderBroken(volunteers);

        System.out.printf("faults: %d run(s), %d faults injected %s; writes acknowledged: %d deeds, %d registrations "
                        + "(%d failed attempts retried); lost: %d; stored twice: %d; reported: %d deeds, %d registrations "
                        + "(doubled: %d); drained %.1f s after the last write; poison in dead-letter topics: %s; "
                        + "deed order broken for %d volunteer(s); refused writes: %s%n",
                RUNS, injected.size(), injected, deeds, acknowledgedRegistrations.get(), failedAttempts.get(),
                deeds - stored[0], stored[1] - deeds, reportedDeeds, reportedRegistrations,
                Math.max(0, reportedDeeds - deeds) + Math.max(0, reportedRegistrations - acknowledgedRegistrations.get()),
                drainMillis / 1000.0, poisonFound, outOfOrder.size(), refused);

        assertThat(refused).as("writes refused with 4xx").isEmpty();
        assertThat(deeds).as("deeds acknowledged").isGreaterThan(0);
        assertThat(stored[0]).as("acknowledged deeds in volunteer-service's database").isEqualTo(deeds);
        assertThat(stored[1]).as("deed rows of the two volunteers (none twice)").isEqualTo(deeds);
        assertThat(reportedDeeds).as("deeds in the district report").isEqualTo(deeds);
        assertThat(reportedRegistrations).as("registrations in the district report").isEqualTo(acknowledgedRegistrations.get());
        assertThat(poisonFound).as("dead-letter topics holding the poison with a reason").hasSize(TOPICS.size());
        assertThat(outOfOrder).as("volunteers whose deed events are out of order").isEmpty();
    }

    interface Fault {
        void inject() throws Exception;
    }

    static void inject(List<String> injected, String name, Fault fault) throws Exception {
        System.out.printf("fault: %s%n", name);
        fault.inject();
        injected.add(name);
    }

    static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    /**
     * One writer: witnessed deeds for one volunteer, one after another, each retried under its key until answered;
     * a minute each, so that a run stays far below the 1,440 minutes of deeds a day allows.
     */
    void writeDeeds(String volunteer, LocalDate today) {
        int n = 0;
        while (loading.get()) {
            String body = """
                    {"volunteerId":"%s","date":"%s","category":"NEIGHBOURHOOD","description":"Fault suite deed %d","minutes":1,"atPost":false}"""
                    .formatted(volunteer, today, ++n);
            String id = write(Network.VOLUNTEERS + "/api/v1/deeds", "admin-xiangfang", body);
            if (id != null) {
                acknowledgedDeeds.get(volunteer).add(id);
            }
        }
    }

    void writeRegistrations() {
        while (loading.get()) {
            String body;
            try {
                body = JSON.writeValueAsString(Network.newResident(Network.XIANGFANG));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (write(Network.VOLUNTEERS + "/api/v1/volunteers", "admin-xiangfang", body) != null) {
                acknowledgedRegistrations.incrementAndGet();
            }
            pauseQuietly(200);
        }
    }

    /** POSTs until answered 201 (returns the id) or refused with a 4xx (recorded); every retry reuses the key. */
    String write(String url, String user, String body) {
        String key = UUID.randomUUID().toString();
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String token = Network.token(user);
        while (System.nanoTime() < giveUp) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return JSON.readTree(response.body()).path("id").asText();
                }
                if (response.statusCode() == 401) {
                    token = Network.token(user); // expired during a long outage
                } else if (response.statusCode() / 100 == 4 && response.statusCode() != 409) {
                    refused.add(response.statusCode() + " " + response.body());
                    return null;
                }
            } catch (Exception e) {
                // the service is down or restarting: try again with the same key
            }
            failedAttempts.incrementAndGet();
            pauseQuietly(250);
        }
        refused.add("no answer within 3 minutes for " + url);
        return null;
    }

    static void pauseQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** [acknowledged deeds found, deed rows of these volunteers] in volunteer-service's database. */
    static long[] storedDeeds(List<String> volunteers, Set<String> acknowledged) throws Exception {
        try (Connection db = Network.database("volunteer")) {
            long found;
            try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM deed WHERE id = ANY (?::uuid[])")) {
                s.setArray(1, db.createArrayOf("text", acknowledged.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    found = rs.getLong(1);
                }
            }
            try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM deed WHERE volunteer_id = ANY (?::uuid[])")) {
                s.setArray(1, db.createArrayOf("text", volunteers.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new long[] {found, rs.getLong(1)};
                }
            }
        }
    }

    static KafkaProducer<String, byte[]> producer() {
        Properties config = Network.kafka("kafka-admin"); // the operator forges the poison
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Every record of a topic, from the beginning to the end as it is now, with the given key. */
    static List<ConsumerRecord<String, byte[]>> recordsKeyed(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Network.eachRecord(topic, record -> {
            if (key.equals(record.key())) {
                found.add(record);
            }
        });
        return found;
    }

    /** The volunteer's newest DeedRecorded, published again unchanged: consumers must not count it twice. */
    static void redeliverLastDeedOf(String volunteer) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = recordsKeyed("volunteer.events", volunteer);
        ConsumerRecord<String, byte[]> last = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (isDeed(record.value())) {
                last = record;
            }
        }
        assertThat(last).as("a DeedRecorded to redeliver").isNotNull();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> again = new ProducerRecord<>(last.topic(), last.key(), last.value());
            last.headers().forEach(h -> again.headers().add(h));
            producer.send(again).get();
        }
    }

    static boolean isDeed(byte[] message) {
        try {
            return EventCodec.parse(message).data() instanceof DeedRecorded;
        } catch (InvalidEventException e) {
            return false;
        }
    }

    /** A malformed message on each topic, keyed so that it sits in the same partition as the volunteer's events. */
    static void poisonEveryTopic(String key) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (String topic : TOPICS) {
                producer.send(new ProducerRecord<>(topic, key,
                        "{\"fault-suite\": \"not a cloud event\"".getBytes(StandardCharsets.UTF_8))).get();
            }
        }
    }

    /** The dead-letter topics that hold the poison message with a dead-letter-reason header. */
    static List<String> poisonInDeadLetters(String key) {
        List<String> found = new ArrayList<>();
        for (String topic : TOPICS) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> recordsKeyed(topic + ".dlq", key)
                    .stream().anyMatch(r -> r.headers().lastHeader("dead-letter-reason") != null));
            found.add(topic + ".dlq");
        }
        return found;
    }

    /** Volunteers whose DeedRecorded events (first appearance of each deed) are not in the order their writes were acknowledged. */
    List<String> deedOrderBroken(List<String> volunteers) {
        List<String> broken = new ArrayList<>();
        for (String volunteer : volunteers) {
            Set<String> published = new LinkedHashSet<>();
            for (ConsumerRecord<String, byte[]> record : recordsKeyed("volunteer.events", volunteer)) {
                try {
                    if (EventCodec.parse(record.value()).data() instanceof DeedRecorded deed) {
                        published.add(deed.deedId().toString());
                    }
                } catch (InvalidEventException e) {
                    // the poison message
                }
            }
            if (!new ArrayList<>(published).equals(acknowledgedDeeds.get(volunteer))) {
                broken.add(volunteer);
            }
        }
        return broken;
    }
}
