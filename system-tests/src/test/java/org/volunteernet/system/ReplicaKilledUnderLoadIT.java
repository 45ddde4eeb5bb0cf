package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Replicas without Kubernetes (issue 19, part 5). The network runs two processes of each service
 * behind the one address (stack started with VOLUNTEERNET_REPLICAS=2; nginx spreads each prefix over
 * both). A steady load of real writes runs through the proxy with real Keycloak tokens: witnessed
 * deeds (volunteer-service), activities (activity-service) and work units (brand-service), each
 * retried with its Idempotency-Key until answered, as a mobile client does; a reader asks the
 * district report (reporting-service) all along. Then each service in turn loses one replica to
 * SIGKILL, and the replica is started again.
 *
 * <p>It checks: every acknowledged write is in its service's database once; every outbox row
 * written meanwhile is on its topic (none lost), and the district report counts each deed exactly
 * once; the service's consumer group rebalances onto the survivor (assignment shown before and
 * after) and back when the replica returns; the proxy kept answering the reads. It prints the
 * figures. An outbox row may reach its topic twice (the relay published the batch, then its replica
 * died before marking it sent, and the survivor publishes it again): the figure is printed, and the
 * consumers' inbox (processed_event) keeps such a copy out of every count, which the report check
 * proves. Runs only with {@code -Dreplicas.test=true} against a replicated stack
 * (deploy/local/replicas-test.sh, part of make test-long).
 */
@EnabledIfSystemProperty(named = "replicas.test", matches = "true")
class ReplicaKilledUnderLoadIT {

    static final String PROXY = System.getProperty("replicas.proxy", "http://127.0.0.1:8080");
    static final ZoneId NETWORK_ZONE = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();
    static final int DEEDS_PER_VOLUNTEER = 1200;
    static final int VOLUNTEERS_PER_DEED_WRITER = 4;
    /** The services in the order they lose a replica: database, and the topic its outbox publishes to (none for reporting). */
    static final List<Service> SERVICES = List.of(
            new Service("volunteer-service", "volunteer", "volunteer.events"),
            new Service("activity-service", "activity", "activity.events"),
            new Service("brand-service", "brand", "brand.events"),
            new Service("reporting-service", "reporting", null));

    record Service(String name, String database, String topic) {
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    final AtomicBoolean loading = new AtomicBoolean(true);
    final AtomicInteger readsSent = new AtomicInteger();
    final List<String> readsFailed = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aReplicaKilledUnderLoadLosesNothingAndDoublesNothing() throws Exception {
        String office = Network.token("admin-xiangfang");
        // each deed writer takes its next volunteer after 1,200 one-minute deeds, below the 1,440 minutes a day allows
        List<List<String>> deedVolunteers = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            List<String> volunteers = new ArrayList<>();
            for (int i = 0; i < VOLUNTEERS_PER_DEED_WRITER; i++) {
                volunteers.add(Network.register(office, Network.XIANGFANG));
            }
            deedVolunteers.add(volunteers);
        }
        List<String> volunteers = deedVolunteers.stream().flatMap(List::stream).toList();
        LocalDate today = LocalDate.now(NETWORK_ZONE);
        long deedsBefore = Network.settled(Duration.ofSeconds(120), () -> Network.witnessedDeedsThisMonth(today));
        Map<String, Long> outboxBefore = new HashMap<>();
        for (Service service : SERVICES) {
            if (service.topic() != null) {
                outboxBefore.put(service.name(), lastOutboxRow(service.database()));
            }
        }
        long proxyLogBefore = proxyLogLines().size();

        List<Writer> deeds = deedVolunteers.stream().map(mine -> new Writer("deeds " + mine.get(0).substring(0, 8), "/api/v1/deeds",
                "admin-xiangfang", n -> (n - 1) / DEEDS_PER_VOLUNTEER >= mine.size() ? null : """
                        {"volunteerId":"%s","date":"%s","category":"NEIGHBOURHOOD","description":"Replica suite deed %d","minutes":1,"atPost":false}"""
                        .formatted(mine.get((n - 1) / DEEDS_PER_VOLUNTEER), today, n))).toList();
        String run = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime start = OffsetDateTime.now(NETWORK_ZONE).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        Writer activities = new Writer("activities", "/api/v1/activities", "org-xiangfang", n -> json(Map.of(
                "title", "Replica suite " + run + " activity " + n, "content", "Swept the stairwells of building 12",
                "district", Network.XIANGFANG, "place", "Building 12, Heping Road", "start", start.plusMinutes(n).toString(),
                "end", start.plusMinutes(n + 60).toString(), "capacity", 3, "serviceCategory", "COMMUNITY",
                "organizingUnit", "Heping Road Residents' Committee", "personInCharge", "Zhou Tao")));
        Writer workUnits = new Writer("work units", "/api/v1/work-units", "admin-xiangfang", n -> json(Map.of(
                "name", "Replica suite depot " + run + " " + n, "kind", "ENTERPRISE", "district", Network.XIANGFANG)));
        List<Writer> writers = new ArrayList<>(deeds);
        writers.add(activities);
        writers.add(workUnits);
        List<Thread> threads = new ArrayList<>();
        writers.forEach(w -> threads.add(new Thread(w, w.name)));
        threads.add(new Thread(() -> readReports(today), "report reader"));
        threads.forEach(Thread::start);

        Map<String, Integer> membersPerReplica = new LinkedHashMap<>();
        List<String> rounds = new ArrayList<>();
        try (Admin admin = Admin.create(Network.kafka("kafka-admin"))) {
            for (Service service : SERVICES) {
                String victim = Integer.toString(SERVICES.indexOf(service) % 2 + 1); // replica 1, 2, 1, 2: either may go
                ConsumerGroupDescription whole = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> group(admin, service.name()), g -> g.groupState() == GroupState.STABLE && !g.members().isEmpty()
                                && g.members().size() % 2 == 0 && allAssigned(g));
                int perReplica = whole.members().size() / 2;
                membersPerReplica.put(service.name(), perReplica);
                System.out.printf("replicas: %s before replica %s is killed, %s%n", service.name(), victim, assignment(whole));
                pause(4);

                long killed = System.nanoTime();
                Network.stack("services.sh", "kill", service.name(), victim);
                ConsumerGroupDescription survivor = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .until(() -> group(admin, service.name()), g -> g.groupState() == GroupState.STABLE
                                && g.members().size() == perReplica && allAssigned(g) && partitions(g).equals(partitions(whole)));
                double rebalanced = seconds(killed);
                System.out.printf("replicas: %s after the kill (rebalanced in %.1f s), %s%n", service.name(), rebalanced, assignment(survivor));
                pause(4); // the survivor alone carries the load for a while

                Network.stack("services.sh", "start", service.name(), victim);
                double replaced = seconds(killed);
                ConsumerGroupDescription again = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .until(() -> group(admin, service.name()), g -> g.groupState() == GroupState.STABLE
                                && g.members().size() == 2 * perReplica && allAssigned(g));
                double rejoined = seconds(killed);
                System.out.printf("replicas: %s replaced (ready %.1f s after the kill, group whole again after %.1f s), %s%n",
                        service.name(), replaced, rejoined, assignment(again));
                rounds.add("%s replica %s: group rebalanced onto the survivor in %.1f s, killed replica ready again after %.1f s, group whole after %.1f s"
                        .formatted(service.name(), victim, rebalanced, replaced, rejoined));
            }
            pause(4);
        } finally {
            loading.set(false);
            for (Thread thread : threads) {
                thread.join(240_000);
            }
        }

        // reconcile: the databases, the outbox against the topics, the report
        Map<String, long[]> stored = new LinkedHashMap<>();
        stored.put("deeds", storedDeeds(volunteers, deeds));
        stored.put("activities", stored("activity", "SELECT count(*) FILTER (WHERE id = ANY (?::uuid[])), count(*) FROM activity WHERE title LIKE ?",
                activities, "Replica suite " + run + " activity %"));
        stored.put("work units", stored("brand", "SELECT count(*) FILTER (WHERE id = ANY (?::uuid[])), count(*) FROM work_unit WHERE name LIKE ?",
                workUnits, "Replica suite depot " + run + " %"));
        int acknowledgedDeeds = deeds.stream().mapToInt(w -> w.acknowledged.size()).sum();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Network.witnessedDeedsThisMonth(today) >= deedsBefore + acknowledgedDeeds);
        long reportedDeeds = Network.settled(Duration.ofSeconds(120), () -> Network.witnessedDeedsThisMonth(today)) - deedsBefore;
        Map<String, long[]> published = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            if (service.topic() != null) {
                published.put(service.name(), outboxAgainstTopic(service, outboxBefore.get(service.name())));
            }
        }
        List<String> proxyLog = proxyLogLines();
        List<String> duringTheRun = proxyLog.subList((int) Math.min(proxyLogBefore, proxyLog.size()), proxyLog.size());
        long proxyRetries = duringTheRun.stream().filter(line -> line.matches(".*upstream=\\S+, .*")).count();

        System.out.printf("replicas: 2 of each service; %d rounds: %s%n", rounds.size(), rounds);
        for (Writer w : writers) {
            System.out.printf("replicas: %s: requests sent %d, acknowledged %d, failed attempts %d, writes retried %d, refused %s%n",
                    w.name, w.sent.get(), w.acknowledged.size(), w.failed.get(), w.retried.get(), w.refused);
        }
        stored.forEach((what, s) -> System.out.printf("replicas: %s stored: %d of the acknowledged found (lost %d), %d rows (doubled %d)%n",
                what, s[0], s[2] - s[0], s[1], s[1] - s[2]));
        published.forEach((service, p) -> System.out.printf(
                "replicas: %s outbox: %d rows written during the run, %d on the topic (lost %d), %d published more than once (absorbed by the consumers' inbox)%n",
                service, p[0], p[1], p[0] - p[1], p[2]));
        System.out.printf("replicas: district report: %d deeds acknowledged, %d counted (doubled %d, lost %d); report reads through the proxy: %d sent, "
                        + "%d failed %s; proxy requests that tried a second upstream: %d; members per replica %s%n",
                acknowledgedDeeds, reportedDeeds, Math.max(0, reportedDeeds - acknowledgedDeeds), Math.max(0, acknowledgedDeeds - reportedDeeds),
                readsSent.get(), readsFailed.size(), readsFailed.stream().limit(5).toList(), proxyRetries, membersPerReplica);

        for (Writer w : writers) {
            assertThat(w.refused).as(w.name + " refused with 4xx or never answered").isEmpty();
            assertThat(w.acknowledged).as(w.name + " acknowledged").isNotEmpty();
        }
        stored.forEach((what, s) -> {
            assertThat(s[0]).as(what + ": acknowledged found in the database").isEqualTo(s[2]);
            assertThat(s[1]).as(what + ": rows written (none twice)").isEqualTo(s[2]);
        });
        published.forEach((service, p) -> assertThat(p[1]).as(service + ": outbox rows on the topic").isEqualTo(p[0]));
        assertThat(reportedDeeds).as("deeds in the district report").isEqualTo(acknowledgedDeeds);
        assertThat(readsFailed).as("report reads through the proxy that failed").isEmpty();
    }

    /**
     * One client writing one kind of thing through the proxy (the n-th request's body from {@code body}, null when
     * there is nothing more to write): each write under its own Idempotency-Key,
     * retried with the same key until answered 201 (a POST in flight on the killed replica is answered
     * 503 by the proxy), as a mobile client does.
     */
    final class Writer implements Runnable {
        final String name;
        final String path;
        final String user;
        final java.util.function.IntFunction<String> body;
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final List<String> refused = Collections.synchronizedList(new ArrayList<>());

        Writer(String name, String path, String user, java.util.function.IntFunction<String> body) {
            this.name = name;
            this.path = path;
            this.user = user;
            this.body = body;
        }

        @Override
        public void run() {
            String token = Network.token(user);
            for (int n = 1; loading.get(); n++) {
                String request = body.apply(n);
                if (request == null) {
                    return; // nothing left to write
                }
                String key = UUID.randomUUID().toString();
                long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                String id = null;
                for (int attempt = 1; id == null; attempt++) {
                    if (System.nanoTime() > giveUp) {
                        refused.add("no answer within 3 minutes for " + path);
                        return;
                    }
                    if (attempt == 2) {
                        retried.incrementAndGet();
                    }
                    if (attempt > 1) {
                        pause(Duration.ofMillis(250));
                    }
                    sent.incrementAndGet();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(PROXY + path)).timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            id = JSON.readTree(response.body()).path("id").asText();
                            acknowledged.add(id);
                            continue;
                        }
                        if (response.statusCode() == 401) {
                            token = Network.token(user); // expired during a long run
                        } else if (response.statusCode() / 100 == 4 && response.statusCode() != 409) {
                            refused.add(response.statusCode() + " " + response.body()); // 409: the same key still runs
                            return;
                        }
                    } catch (Exception e) {
                        // no answer at all: retry with the same key
                    }
                    failed.incrementAndGet();
                }
                pause(Duration.ofMillis(50));
            }
        }
    }

    /** Reads the district report through the proxy all along: GET is idempotent, so the proxy retries it on the other replica. */
    void readReports(LocalDate today) {
        String token = Network.token("city-admin");
        while (loading.get()) {
            readsSent.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(PROXY + "/api/v1/reports/districts/"
                                + Network.XIANGFANG + "?year=" + today.getYear())).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401) {
                    token = Network.token("city-admin");
                } else if (response.statusCode() != 200) {
                    readsFailed.add(response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                readsFailed.add(e.toString());
            }
            pause(Duration.ofMillis(200));
        }
    }

    static ConsumerGroupDescription group(Admin admin, String groupId) throws Exception {
        return admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
    }

    static Set<TopicPartition> partitions(ConsumerGroupDescription group) {
        Set<TopicPartition> all = new TreeSet<>(java.util.Comparator.comparing(TopicPartition::toString));
        group.members().forEach(m -> all.addAll(m.assignment().topicPartitions()));
        return all;
    }

    /** Every member holds some partition: the group has finished handing them out. */
    static boolean allAssigned(ConsumerGroupDescription group) {
        return group.members().stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty());
    }

    /** "N members: member -> topic[partitions]; ..." */
    static String assignment(ConsumerGroupDescription group) {
        List<String> members = new ArrayList<>();
        for (MemberDescription member : group.members()) {
            Map<String, List<Integer>> byTopic = new TreeMap<>();
            member.assignment().topicPartitions().forEach(p -> byTopic.computeIfAbsent(p.topic(), t -> new ArrayList<>()).add(p.partition()));
            byTopic.values().forEach(Collections::sort);
            members.add(member.consumerId().substring(0, Math.min(member.consumerId().length(), 40)) + " -> " + byTopic);
        }
        Collections.sort(members);
        return group.members().size() + " members: " + String.join("; ", members);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void pause(int seconds) {
        pause(Duration.ofSeconds(seconds));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long lastOutboxRow(String database) throws Exception {
        try (Connection db = Network.database(database); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** [acknowledged deeds found, deed rows of these volunteers, acknowledged] in volunteer-service's database. */
    static long[] storedDeeds(List<String> volunteers, List<Writer> writers) throws Exception {
        List<String> acknowledged = new ArrayList<>();
        writers.forEach(w -> acknowledged.addAll(w.acknowledged));
        try (Connection db = Network.database("volunteer"); PreparedStatement s = db.prepareStatement(
                "SELECT count(*) FILTER (WHERE id = ANY (?::uuid[])), count(*) FROM deed WHERE volunteer_id = ANY (?::uuid[])")) {
            s.setArray(1, db.createArrayOf("text", acknowledged.toArray()));
            s.setArray(2, db.createArrayOf("text", volunteers.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), acknowledged.size()};
            }
        }
    }

    /** [acknowledged found, rows of this run, acknowledged] for a query taking the acknowledged ids and the run's name pattern. */
    static long[] stored(String database, String query, Writer writer, String pattern) throws Exception {
        List<String> acknowledged = List.copyOf(writer.acknowledged);
        try (Connection db = Network.database(database); PreparedStatement s = db.prepareStatement(query)) {
            s.setArray(1, db.createArrayOf("text", acknowledged.toArray()));
            s.setString(2, pattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), acknowledged.size()};
            }
        }
    }

    /**
     * [outbox rows written since {@code after}, of those found on the topic, of those found more than once], once
     * the relay has published them all.
     */
    static long[] outboxAgainstTopic(Service service, long after) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Connection db = Network.database(service.database())) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE id > ? AND sent_at IS NULL")) {
                    s.setLong(1, after);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) == 0;
                    }
                }
            });
            try (PreparedStatement s = db.prepareStatement("SELECT event_id FROM outbox_event WHERE id > ? AND topic = ?")) {
                s.setLong(1, after);
                s.setString(2, service.topic());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, Integer> onTopic = new HashMap<>();
        Network.eachRecord(service.topic(), record -> {
            try {
                String id = JSON.readTree(record.value()).path("id").asText();
                if (rows.contains(id)) {
                    onTopic.merge(id, 1, Integer::sum);
                }
            } catch (Exception e) {
                // a malformed message another test left on the topic
            }
        });
        return new long[] {rows.size(), onTopic.size(), onTopic.values().stream().filter(c -> c > 1).count()};
    }

    /** The proxy's access log (deploy/local/proxy.sh: upstream=a, b when a request tried a second replica). */
    static List<String> proxyLogLines() throws Exception {
        Path log = Path.of(System.getProperty("volunteernet.root", "..")).resolve(".local/logs/proxy-access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
