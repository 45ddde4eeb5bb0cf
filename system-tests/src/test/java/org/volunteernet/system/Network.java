package org.volunteernet.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The running local network: addresses, real Keycloak tokens, and the deploy scripts for fault injection. */
final class Network {

    static final String VOLUNTEERS = "http://127.0.0.1:8081";
    static final String ACTIVITIES = "http://127.0.0.1:8082";
    static final String BRANDS = "http://127.0.0.1:8083";
    static final String REPORTS = "http://127.0.0.1:8084";
    /** Each process's health and metrics listen on its management port, the public port + 1000 (never the public one). */
    static final int MANAGEMENT_PORT_STEP = 1000;

    /** The management interface of the service at {@code base} (e.g. http://127.0.0.1:8081 -> http://127.0.0.1:9081). */
    static String management(String base) {
        java.net.URI uri = java.net.URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + MANAGEMENT_PORT_STEP);
    }
    static final String TOKEN_ENDPOINT = "http://127.0.0.1:8180/realms/volunteer-network/protocol/openid-connect/token";
    static final String KAFKA = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    /**
     * A Kafka client's connection as {@code principal}: "analyst" (reads the event topics only, as
     * analysts do) or "kafka-admin" (the operator: forges events for fault tests, creates topics for
     * benchmarks). Passwords: VOLUNTEERNET_KAFKA_PASSWORD_ANALYST / VOLUNTEERNET_KAFKA_ADMIN_PASSWORD,
     * else the local stack's defaults (deploy/local/kafka/KafkaAdmin.java).
     */
    static Properties kafka(String principal) {
        String password = principal.equals("kafka-admin")
                ? System.getenv().getOrDefault("VOLUNTEERNET_KAFKA_ADMIN_PASSWORD", "kafka-admin-local-dev-only")
                : System.getenv().getOrDefault("VOLUNTEERNET_KAFKA_PASSWORD_" + principal.toUpperCase().replace('-', '_'),
                        principal + "-local-dev-only");
        Properties config = new Properties();
        config.put("bootstrap.servers", KAFKA);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + principal + "\" password=\"" + password + "\";");
        return config;
    }
    static final String XIANGFANG = "230110";
    static final String DAOLI = "230102";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECKS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private Network() {
    }

    /** An access token of a demo user (password = user name) from the real Keycloak. */
    static String token(String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "volunteer-mobile")
                .formParam("username", user).formParam("password", user)
                .when().post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * An access token of the services' own principal: the realm client volunteer-network-services by client
     * credentials (realm role service), as activity-service asks volunteer-service's directory. Secret:
     * VOLUNTEERNET_SERVICES_CLIENT_SECRET, else the local realm's.
     */
    static String serviceToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "volunteer-network-services")
                .formParam("client_secret", System.getenv().getOrDefault("VOLUNTEERNET_SERVICES_CLIENT_SECRET",
                        "volunteer-network-services-local-dev-only"))
                .when().post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    /** A registration of a new resident with a fresh, valid resident ID number. */
    static Map<String, Object> newResident(String district) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 55));
        String first17 = district + birth.toString().replace("-", "") + "%03d".formatted(2 * ThreadLocalRandom.current().nextInt(500)); // even: a woman (GB 11643-1999), as "gender" says
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return Map.of("name", "Test Resident", "gender", "FEMALE", "birthDate", birth.toString(),
                "idType", "PRC_RESIDENT_ID", "idNumber", first17 + CHECKS[sum % 11], "district", district,
                "phone", "13900000000", "skills", List.of("listening"), "serviceCategories", List.of("COMMUNITY"),
                "consent", Map.of("accepted", true, "textVersion", "2026-01"));
    }

    static String register(String officeToken, String district) {
        return given().auth().oauth2(officeToken).contentType(ContentType.JSON).body(newResident(district))
                .when().post(VOLUNTEERS + "/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    /** The caller's volunteer id, registering the account first if it has no registration yet. */
    static String ownVolunteerId(String volunteerToken, String district) {
        var me = given().auth().oauth2(volunteerToken).when().get(VOLUNTEERS + "/api/v1/volunteers/me").then().extract();
        if (me.statusCode() == 200) {
            return me.path("id");
        }
        return given().auth().oauth2(volunteerToken).contentType(ContentType.JSON).body(newResident(district))
                .when().post(VOLUNTEERS + "/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
    }

    static long registeredVolunteers(String district) {
        return ((Number) given().auth().oauth2(token("city-admin"))
                .when().get(REPORTS + "/api/v1/reports/districts/" + district + "?year=" + LocalDate.now().getYear())
                .then().statusCode(200).extract().path("registeredVolunteers")).longValue();
    }

    /** Witnessed deeds of Xiangfang in the month of {@code today} (network time), as the district report counts them. */
    static long witnessedDeedsThisMonth(LocalDate today) {
        return ((Number) given().auth().oauth2(token("city-admin"))
                .when().get(REPORTS + "/api/v1/reports/districts/" + XIANGFANG + "?year=" + today.getYear())
                .then().statusCode(200).extract().path("months[" + (today.getMonthValue() - 1) + "].deedsWitnessed")).longValue();
    }

    /** The district's count once it has stopped moving: events still in flight from earlier writes have landed. */
    static long settledRegisteredVolunteers(String district) {
        return settled(Duration.ofSeconds(60), () -> registeredVolunteers(district));
    }

    interface Reading {
        long read() throws Exception;
    }

    /** A figure once two readings two seconds apart agree. */
    static long settled(Duration atMost, Reading reading) {
        long[] last = {Long.MIN_VALUE};
        await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long now = reading.read();
            boolean settled = now == last[0];
            last[0] = now;
            return settled;
        });
        return last[0];
    }

    /** Every record of a topic from its beginning to its end as it is now, in partition order. */
    static void eachRecord(String topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> action) {
        Properties config = kafka("kafka-admin"); // the operator: event and dead-letter topics alike
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(action);
            }
        }
    }

    /** A connection to one of the local stack's databases (volunteer, reporting, a scratch one) as the services' role. */
    static Connection database(String name) throws SQLException {
        Properties login = new Properties();
        login.put("user", "volunteernet");
        login.put("password", "volunteernet-local-dev-only"); // local development only, as in deploy/local/postgres.sh
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, login);
    }

    /** Runs a deploy/local script, e.g. {@code stack("kafka.sh", "down")}. */
    static void stack(String script, String... args) {
        stackWith(Map.of(), script, args);
    }

    /** As {@link #stack}, with environment variables added (e.g. VOLUNTEERNET_JAVA_OPTS for services.sh). */
    static void stackWith(Map<String, String> environment, String script, String... args) {
        Path root = Path.of(System.getProperty("volunteernet.root", ".."));
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("deploy/local/" + script).toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command + " interrupted", e);
        }
    }
}
