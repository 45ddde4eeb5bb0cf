package org.volunteernet.system;

import static org.volunteernet.system.BenchmarkTable.progress;
import static org.volunteernet.system.BenchmarkTable.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.DeedRecorded;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventCodec;
import org.volunteernet.events.EventType;
import org.volunteernet.events.ServiceRecordCreated;
import org.volunteernet.events.StarLevelReached;
import org.volunteernet.events.Topic;
import org.volunteernet.events.VolunteerRegistered;

/**
 * Reports at city scale (issue 8, goals 3 and 6): a year of 1,000,000 volunteers, 10,000,000 deeds
 * and 1,000,000 service records in 12 districts, generated with a fixed seed (city-scale/generate.sql)
 * as raw rows and as reporting-service's projections, at a hundredth, a tenth and the whole of that
 * (-Dbench.city.scales=0.01,0.1,1). A second reporting-service reads the projections from its own
 * database (reporting_cityscale, its Kafka consumers switched off), so the
 * running network's data is untouched. At each scale: every district report is checked against the
 * same report computed with plain GROUP BYs over the raw rows; then the p99 of the district, brand and
 * city reports over HTTP, and the time of that GROUP BY computation, in the same run.
 */
class CityScaleBenchmark {

    static final List<Double> SCALES = Arrays.stream(System.getProperty("bench.city.scales", "0.01,0.1,1").split(","))
            .map(String::strip).map(Double::valueOf).toList();
    static final int YEAR = Integer.getInteger("bench.city.year", 2025);
    static final String SEED = "0.20261124";
    static final int SECONDS = Integer.getInteger("bench.city.seconds", 10);
    static final int WARM_UP_SECONDS = Integer.getInteger("bench.city.warmup", 10);
    static final int CLIENTS = Integer.getInteger("bench.city.clients", 2);
    static final int PORT = 8094;
    static final String DATABASE = "reporting_cityscale";
    static final String TOPIC_PREFIX = "cityscale-benchmark.";
    /** The scale at which the generated year is also sent through Kafka and replayed into the projections. */
    static final double REPLAY_AT = Double.parseDouble(System.getProperty("bench.city.replay-at", "0.01"));
    static final String REPORTS = "http://127.0.0.1:" + PORT;
    /** Its health and metrics (management interface): the public port + 1000, as for the network's services. */
    static final int MANAGEMENT_PORT = PORT + 1000;
    static final Path ROOT = Path.of(System.getProperty("volunteernet.root", ".."));
    static final List<String> DISTRICTS = IntStream.rangeClosed(1, 12).mapToObj(d -> "2301%02d".formatted(d)).toList();

    static Process reporting;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void aReportingServiceOnItsOwnDatabase() throws Exception {
        Network.stack("postgres.sh", "scratch", DATABASE);
        Path jar = ROOT.resolve("reporting-service/target/quarkus-app/quarkus-run.jar");
        Path log = ROOT.resolve(".local/logs/reporting-cityscale.log");
        progress("starting a second reporting-service on port %d over database %s (log: %s)", PORT, DATABASE, ROOT.relativize(log));
        ProcessBuilder builder = new ProcessBuilder("java", "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + PORT, "-Dquarkus.management.port=" + MANAGEMENT_PORT, "-Dvolunteernet.database-name=" + DATABASE,
                // consumes nothing: the projections are generated, not fed by the running network's events
                "-Dmp.messaging.incoming.volunteer-events.enabled=false", "-Dmp.messaging.incoming.activity-events.enabled=false",
                "-Dmp.messaging.incoming.brand-events.enabled=false",
                // its rebuild replays the generated events from topics of its own
                "-Dvolunteernet.messaging.topic-prefix=" + TOPIC_PREFIX,
                // as the operator: the benchmark's own topics carry no ACLs for reporting-service's principal
                "-Dvolunteernet.kafka.username=kafka-admin", "-Dvolunteernet.kafka.password="
                        + System.getenv().getOrDefault("VOLUNTEERNET_KAFKA_ADMIN_PASSWORD", "kafka-admin-local-dev-only"),
                "-Dquarkus.log.console.json.enabled=false", "-jar", jar.toString());
        builder.environment().put("VOLUNTEERNET_LOCAL_DEVELOPMENT", "true"); // the local stack's secrets, as services.sh
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        reporting = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!reporting.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the city-scale reporting-service did not become ready; see " + log);
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopItAndGiveTheSpaceBack() throws Exception {
        if (reporting != null) {
            reporting.destroy();
            reporting.waitFor(30, TimeUnit.SECONDS);
        }
        Network.stack("postgres.sh", "scratch-drop", DATABASE);
        BenchmarkTable.print();
    }

    static Connection database() throws Exception {
        return Network.database(DATABASE);
    }

    @Test
    void reportsReadFromProjectionsStayFastAsTheCityGrows() throws Exception {
        for (double scale : SCALES) {
            atScale(scale);
        }
    }

    void atScale(double scale) throws Exception {
        String label = scale >= 1 ? "city scale" : "1/" + Math.round(1 / scale) + " city scale";
        long volunteers = Math.round(1_000_000 * scale);
        long deeds = Math.round(10_000_000 * scale);
        long records = Math.round(1_000_000 * scale);
        long brandsPerDistrict = Math.max(1, Math.round(100 * scale));
        long memberships = Math.round(200_000 * scale);
        progress("%s: generating %,d volunteers, %,d deeds, %,d service records, %,d brands (seed %s, year %d)",
                label, volunteers, deeds, records, brandsPerDistrict * 12, SEED, YEAR);
        long started = System.nanoTime();
        generate(Map.of("year", Integer.toString(YEAR), "seed", SEED, "volunteers", Long.toString(volunteers),
                "deeds", Long.toString(deeds), "records", Long.toString(records),
                "brands_per_district", Long.toString(brandsPerDistrict), "memberships", Long.toString(memberships)));
        double generated = (System.nanoTime() - started) / 1e9;

        String token = Network.token("city-admin");
        List<String> brands = new ArrayList<>();
        try (Connection db = database(); Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT brand_id FROM raw.brand ORDER BY b")) {
            while (rows.next()) {
                brands.add(rows.getString(1));
            }
        }

        progress("%s: checking every district report and a brand report against GROUP BYs over the raw rows", label);
        for (String district : DISTRICTS) {
            String fromProjections = districtFigures(get(token, "/api/v1/reports/districts/" + district + "?year=" + YEAR));
            String fromRawRows = districtFiguresFromRawRows(district);
            if (!fromProjections.equals(fromRawRows)) {
                throw new AssertionError("district " + district + " differs:\n report:   " + fromProjections + "\n raw rows: " + fromRawRows);
            }
        }
        String brand = brands.get(0);
        String brandFromProjections = brandFigures(get(token, "/api/v1/reports/brands/" + brand + "?year=" + YEAR));
        String brandFromRawRows = brandFiguresFromRawRows(brand);
        if (!brandFromProjections.equals(brandFromRawRows)) {
            throw new AssertionError("brand " + brand + " differs:\n report:   " + brandFromProjections + "\n raw rows: " + brandFromRawRows);
        }

        Histogram district = latency(label + ", district report",
                i -> "/api/v1/reports/districts/" + DISTRICTS.get(i % DISTRICTS.size()) + "?year=" + YEAR);
        Histogram brandReport = latency(label + ", brand report", i -> "/api/v1/reports/brands/" + brands.get(i % brands.size()) + "?year=" + YEAR);
        Histogram city = latency(label + ", city report", i -> "/api/v1/reports/city?year=" + YEAR);

        progress("%s: the district report with plain GROUP BYs over the raw rows, 3 times", label);
        long[] groupBy = new long[3];
        for (int i = 0; i < groupBy.length; i++) {
            long start = System.nanoTime();
            districtFiguresFromRawRows(DISTRICTS.get(0));
            groupBy[i] = System.nanoTime() - start;
        }
        Arrays.sort(groupBy);
        double groupByMs = groupBy[1] / 1e6;
        double districtP99 = district.getValueAtPercentile(99) / 1000.0;
        double ratio = groupByMs / districtP99;

        String data = String.format(Locale.ROOT, "%,d volunteers, %,d deeds, %,d records (generated in %.0f s)", volunteers, deeds, records, generated);
        result(label + ": data", data, "-", "");
        boolean goal = scale >= 1;
        result(label + ": district report", p(district), goal ? "p99 <= 20 ms" : "(growth)", verdict(goal, districtP99 <= 20));
        result(label + ": brand report", p(brandReport), goal ? "p99 <= 20 ms" : "(growth)",
                verdict(goal, brandReport.getValueAtPercentile(99) <= 20_000));
        result(label + ": city report", p(city), goal ? "p99 <= 20 ms" : "(growth)", verdict(goal, city.getValueAtPercentile(99) <= 20_000));
        result(label + ": same district report by GROUP BY over raw rows / report p99",
                String.format(Locale.ROOT, "%.0f ms / %.1f ms = %.0fx (median of 3; reports equal for all 12 districts)", groupByMs, districtP99, ratio),
                goal ? ">= 100x" : "(growth)", verdict(goal, ratio >= 100));
        if (Math.abs(scale - REPLAY_AT) < 1e-9) {
            replayTheYearThroughKafka(label, token);
        }
    }

    /**
     * The event path: the generated year as the services would have published it (registrations,
     * star levels, brands, deeds, service records) on topics of the benchmark's own, replayed by the
     * second reporting-service's rebuild; then every district report must still equal the GROUP BYs
     * over the raw rows, so the bulk-loaded projections and the event path give the same result.
     */
    void replayTheYearThroughKafka(String label, String token) throws Exception {
        long sent = publishTheYear(label);
        progress("%s: rebuilding the projections from those %,d events", label, sent);
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(REPORTS + "/api/v1/reports/rebuilds"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new AssertionError("rebuild answered " + started.statusCode() + ": " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : REPORTS + location))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
            progress("  rebuild: %,d of %,d events", progress.path("replayedEvents").asLong(), progress.path("totalEvents").asLong());
        } while ("RUNNING".equals(progress.path("state").asText()));
        if (!"DONE".equals(progress.path("state").asText()) || progress.path("totalEvents").asLong() != sent) {
            throw new AssertionError("rebuild did not replay the " + sent + " events: " + progress);
        }
        for (String district : DISTRICTS) {
            String replayed = districtFigures(get(token, "/api/v1/reports/districts/" + district + "?year=" + YEAR));
            String fromRawRows = districtFiguresFromRawRows(district);
            if (!replayed.equals(fromRawRows)) {
                throw new AssertionError("district " + district + " after the replay differs:\n report:   " + replayed + "\n raw rows: " + fromRawRows);
            }
        }
        long rate = progress.path("eventsPerSecond").asLong();
        result(label + ": rebuild, replay of " + String.format(Locale.ROOT, "%,d", sent) + " generated events from Kafka",
                String.format(Locale.ROOT, "%,d events/s (district reports equal the raw rows after it)", rate), ">= 20,000 events/s",
                rate >= 20_000 ? "met" : "MISSED");
    }

    /** Sends the raw rows as events, keyed like the services key them; returns how many. */
    static long publishTheYear(String label) throws Exception {
        Properties config = Network.kafka("kafka-admin"); // creates, fills and deletes topics of its own
        List<String> topics = Arrays.stream(Topic.values()).map(t -> TOPIC_PREFIX + t.topicName()).toList();
        try (var admin = Admin.create(config)) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> old = topics.stream().filter(existing::contains).toList();
            if (!old.isEmpty()) {
                admin.deleteTopics(old).all().get(60, TimeUnit.SECONDS);
                while (admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().anyMatch(old::contains)) {
                    Thread.sleep(200);
                }
            }
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 6, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        }
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        long[] sent = {0};
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (var producer = new KafkaProducer<String, byte[]>(config,
                new StringSerializer(), new ByteArraySerializer());
                Connection db = database()) {
            db.setAutoCommit(false); // a cursor: rows stream instead of filling memory
            RowSender send = (source, event, at) -> {
                EventType type = EventType.of(event);
                byte[] message = EventCodec.serialize(EventCodec.envelope(
                        UUID.randomUUID(), at, source, event));
                producer.send(new ProducerRecord<>(TOPIC_PREFIX + type.topic().topicName(),
                        event.aggregateId(), message));
                if (++sent[0] % 100_000 == 0) {
                    progress("  %s: %,d events sent", label, sent[0]);
                }
            };
            each(db, "SELECT volunteer_id, district, registered_on, i, star_level FROM raw.volunteer ORDER BY i", r -> {
                UUID volunteer = r.getObject(1, UUID.class);
                Instant registered = r.getObject(3, LocalDate.class).atTime(10, 0).atZone(zone).toInstant();
                send.send("/volunteer-service", new VolunteerRegistered(volunteer, r.getString(2), List.of(), List.of(), null,
                        "account-" + r.getLong(4), registered), registered);
                int star = r.getInt(5);
                if (!r.wasNull()) {
                    Instant reached = LocalDate.of(YEAR, 12, 31).atTime(12, 0).atZone(zone).toInstant();
                    send.send("/volunteer-service", new StarLevelReached(volunteer, r.getString(2), star,
                            BigDecimal.valueOf(100L * star), reached), reached);
                }
            });
            each(db, "SELECT brand_id, district, name, founder FROM raw.brand ORDER BY b", r -> {
                Instant created = LocalDate.of(YEAR - 1, 1, 1).atStartOfDay(zone).toInstant();
                send.send("/brand-service", new BrandCreated(r.getObject(1, UUID.class), r.getString(2),
                        r.getString(3), null, r.getObject(4, UUID.class), created), created);
            });
            each(db, "SELECT volunteer_id, district, day, verified FROM raw.deed", r -> {
                LocalDate day = r.getObject(3, LocalDate.class);
                Instant recorded = day.atTime(20, 0).atZone(zone).toInstant();
                send.send("/volunteer-service", new DeedRecorded(UUID.randomUUID(),
                        r.getObject(1, UUID.class), r.getString(2), day, "NEIGHBOURHOOD", 30, false, r.getBoolean(4), null, recorded),
                        recorded);
            });
            each(db, "SELECT record_id, volunteer_id, district, day, hours, brand_id FROM raw.service_record", r -> {
                LocalDate day = r.getObject(4, LocalDate.class);
                Instant created = day.atTime(18, 0).atZone(zone).toInstant();
                send.send("/volunteer-service", new ServiceRecordCreated(r.getObject(1, UUID.class),
                        r.getObject(2, UUID.class), r.getString(3), UUID.randomUUID(), UUID.randomUUID(),
                        "Generated activity", day, "COMMUNITY", r.getBigDecimal(5), "Generated unit", r.getObject(6, UUID.class),
                        null, created), created);
            });
            producer.flush();
        }
        return sent[0];
    }

    interface RowSender {
        void send(String source, DomainEvent event, Instant at);
    }

    interface RowAction {
        void accept(ResultSet row) throws Exception;
    }

    static void each(Connection db, String query, RowAction action) throws Exception {
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rows = s.executeQuery(query)) {
                while (rows.next()) {
                    action.accept(rows);
                }
            }
        }
    }

    static String verdict(boolean isGoal, boolean met) {
        return isGoal ? (met ? "met" : "MISSED") : "";
    }

    static String p(Histogram h) {
        return String.format(Locale.ROOT, "p99 %.1f ms, p50 %.1f ms (%,d requests)", h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(50) / 1000.0, h.getTotalCount());
    }

    /** Runs generate.sql step by step, printing each step's duration. */
    static void generate(Map<String, String> parameters) throws Exception {
        String script;
        try (InputStream in = CityScaleBenchmark.class.getResourceAsStream("/city-scale/generate.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (var parameter : parameters.entrySet()) {
            script = script.replace("${" + parameter.getKey() + "}", parameter.getValue());
        }
        String[] steps = script.split("-- step: ");
        try (Connection db = database(); Statement s = db.createStatement()) {
            for (int i = 1; i < steps.length; i++) {
                String name = steps[i].substring(0, steps[i].indexOf('\n'));
                String sql = steps[i].substring(name.length() + 1).strip();
                long start = System.nanoTime();
                s.execute(sql);
                progress("  %-100s %6.1f s", name, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    static JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(REPORTS + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** Closed loop, CLIENTS clients, warm-up excluded; the i-th request of a client asks for path(i). */
    static Histogram latency(String name, IntFunction<String> path) throws Exception {
        progress("%s: %d clients, %d s warm-up, %d s measured", name, CLIENTS, WARM_UP_SECONDS, SECONDS);
        String token = Network.token("city-admin");
        Recorder recorder = new Recorder(3);
        long warmUpEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long ends = warmUpEnds + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                int i = ThreadLocalRandom.current().nextInt(1000);
                while (System.nanoTime() < ends) {
                    long start = System.nanoTime();
                    HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(REPORTS + path.apply(i++)))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(name + " answered " + answer.statusCode());
                    }
                    if (start >= warmUpEnds) {
                        recorder.recordValue((System.nanoTime() - start) / 1000);
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (var client : clients) {
            client.get(SECONDS + WARM_UP_SECONDS + 60, TimeUnit.SECONDS);
        }
        return recorder.getIntervalHistogram();
    }

    /** The district report's figures in a canonical text, as the report endpoint answers them. */
    static String districtFigures(JsonNode report) {
        StringBuilder text = new StringBuilder();
        text.append("registered=").append(report.path("registeredVolunteers").asLong())
                .append(" new=").append(report.path("newRegistrations").asLong()).append(" months=");
        for (JsonNode month : report.path("months")) {
            text.append(month.path("month").asInt()).append(':').append(money(month.path("hours").decimalValue())).append('/')
                    .append(month.path("activeVolunteers").asLong()).append('/').append(month.path("deedsSelfReported").asLong())
                    .append('/').append(month.path("deedsWitnessed").asLong()).append('/').append(month.path("newRegistrations").asLong())
                    .append(' ');
        }
        text.append("monthsActive=");
        report.path("monthsActiveDistribution").fields().forEachRemaining(e -> {
            if (e.getValue().asLong() != 0) {
                text.append(e.getKey()).append(':').append(e.getValue().asLong()).append(' ');
            }
        });
        text.append("retention=").append(report.path("marchRetention").path("firstActiveInMarch").asLong()).append('/')
                .append(report.path("marchRetention").path("activeFromMayOn").asLong());
        text.append(" stars=");
        new TreeMap<String, JsonNode>(toMap(report.path("starLevels"))).forEach((level, n) -> text.append(level).append(':').append(n.asLong()).append(' '));
        text.append("topBrands=");
        for (JsonNode brand : report.path("topBrands")) {
            text.append(brand.path("brandId").asText()).append(':').append(money(brand.path("hours").decimalValue())).append(' ');
        }
        return text.toString();
    }

    static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    static String money(BigDecimal value) {
        return value.setScale(2).toPlainString();
    }

    /** The same figures computed at request time with GROUP BYs over the raw rows: what the projections save. */
    static String districtFiguresFromRawRows(String district) throws Exception {
        String from = "make_date(" + YEAR + ", 1, 1)";
        String until = "make_date(" + (YEAR + 1) + ", 1, 1)";
        String inDistrict = "district = '" + district + "'";
        StringBuilder text = new StringBuilder();
        try (Connection db = database(); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE registered_on < " + until + "), count(*) FILTER (WHERE registered_on >= "
                    + from + " AND registered_on < " + until + ") FROM raw.volunteer WHERE " + inDistrict)) {
                r.next();
                text.append("registered=").append(r.getLong(1)).append(" new=").append(r.getLong(2)).append(" months=");
            }
            long[] registeredByMonth = new long[13];
            try (ResultSet r = s.executeQuery("SELECT extract(month FROM registered_on)::int, count(*) FROM raw.volunteer WHERE " + inDistrict
                    + " AND registered_on >= " + from + " AND registered_on < " + until + " GROUP BY 1")) {
                while (r.next()) {
                    registeredByMonth[r.getInt(1)] = r.getLong(2);
                }
            }
            String[] months = new String[13];
            Map<Integer, Long> monthsActive = new TreeMap<>();
            long firstInMarch = 0;
            long fromMay = 0;
            try (ResultSet r = s.executeQuery("""
                    WITH activity AS (
                        SELECT volunteer_id, extract(month FROM day)::int AS month, 0 AS hours, (NOT verified)::int AS self, verified::int AS witnessed
                        FROM raw.deed WHERE %1$s AND day >= %2$s AND day < %3$s
                        UNION ALL
                        SELECT volunteer_id, extract(month FROM day)::int, hours, 0, 0
                        FROM raw.service_record WHERE %1$s AND day >= %2$s AND day < %3$s),
                    volunteer_months AS MATERIALIZED (
                        SELECT volunteer_id, month, sum(hours) AS hours, sum(self) AS self, sum(witnessed) AS witnessed
                        FROM activity GROUP BY 1, 2),
                    masks AS (SELECT volunteer_id, bit_or(1 << (month - 1)) AS mask FROM volunteer_months GROUP BY 1)
                    SELECT 'month', month, sum(hours), count(*), sum(self), sum(witnessed) FROM volunteer_months GROUP BY month
                    UNION ALL
                    SELECT 'active', bit_count(mask::bit(12))::int, 0, count(*), 0, 0 FROM masks GROUP BY 2
                    UNION ALL
                    SELECT 'retention', 0, 0, count(*) FILTER (WHERE mask & 7 = 4), count(*) FILTER (WHERE mask & 7 = 4 AND mask >= 16), 0
                    FROM masks""".formatted(inDistrict, from, until))) {
                while (r.next()) {
                    switch (r.getString(1)) {
                        case "month" -> months[r.getInt(2)] = money(r.getBigDecimal(3)) + "/" + r.getLong(4) + "/" + r.getLong(5) + "/" + r.getLong(6);
                        case "active" -> monthsActive.put(r.getInt(2), r.getLong(4));
                        default -> {
                            firstInMarch = r.getLong(4);
                            fromMay = r.getLong(5);
                        }
                    }
                }
            }
            for (int m = 1; m <= 12; m++) {
                text.append(m).append(':').append(months[m] == null ? "0.00/0/0/0" : months[m]).append('/').append(registeredByMonth[m]).append(' ');
            }
            text.append("monthsActive=");
            monthsActive.forEach((n, volunteers) -> text.append(n).append(':').append(volunteers).append(' '));
            text.append("retention=").append(firstInMarch).append('/').append(fromMay).append(" stars=");
            try (ResultSet r = s.executeQuery("SELECT star_level::text, count(*) FROM raw.volunteer WHERE " + inDistrict
                    + " AND star_level IS NOT NULL GROUP BY 1 ORDER BY 1")) {
                while (r.next()) {
                    text.append(r.getString(1)).append(':').append(r.getLong(2)).append(' ');
                }
            }
            text.append("topBrands=");
            try (ResultSet r = s.executeQuery("SELECT b.brand_id, sum(r.hours) AS hours FROM raw.service_record r JOIN raw.brand b USING (brand_id) WHERE b."
                    + inDistrict + " AND r.day >= " + from + " AND r.day < " + until
                    + " GROUP BY b.brand_id, b.name HAVING sum(r.hours) > 0 ORDER BY hours DESC, b.name LIMIT 5")) {
                while (r.next()) {
                    text.append(r.getString(1)).append(':').append(money(r.getBigDecimal(2))).append(' ');
                }
            }
        }
        return text.toString();
    }

    static String brandFigures(JsonNode report) {
        return "current=" + report.path("members").path("current").asLong() + " joined=" + report.path("members").path("joinedThisYear").asLong()
                + " groups=" + report.path("groups").size() + " due=" + report.path("occurrences").path("due").asLong()
                + " held=" + report.path("occurrences").path("held").asLong() + " participations="
                + report.path("occurrences").path("participations").asLong() + " hours=" + money(report.path("hours").decimalValue());
    }

    static String brandFiguresFromRawRows(String brand) throws Exception {
        String from = "make_date(" + YEAR + ", 1, 1)";
        String until = "make_date(" + (YEAR + 1) + ", 1, 1)";
        long saturdays = LocalDate.of(YEAR, 1, 1).datesUntil(LocalDate.of(YEAR + 1, 1, 1)).filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY).count();
        try (Connection db = database(); Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT count(DISTINCT volunteer_id) FROM raw.membership WHERE brand_id = '%1$s'),
                       (SELECT count(*) FROM raw.membership WHERE brand_id = '%1$s' AND joined_on >= %2$s AND joined_on < %3$s),
                       (SELECT count(*) FROM raw.brand_group WHERE brand_id = '%1$s'),
                       (SELECT count(*) FROM raw.occurrence_held WHERE brand_id = '%1$s' AND held_on >= %2$s AND held_on < %3$s),
                       (SELECT COALESCE(sum(participants), 0) FROM raw.occurrence_held WHERE brand_id = '%1$s' AND held_on >= %2$s AND held_on < %3$s),
                       (SELECT COALESCE(sum(hours), 0) FROM raw.service_record WHERE brand_id = '%1$s' AND day >= %2$s AND day < %3$s)
                """.formatted(brand, from, until))) {
            r.next();
            return "current=" + r.getLong(1) + " joined=" + r.getLong(2) + " groups=" + r.getLong(3) + " due=" + saturdays
                    + " held=" + r.getLong(4) + " participations=" + r.getLong(5) + " hours=" + money(r.getBigDecimal(6));
        }
    }
}
