package org.volunteernet.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The write path's framework floor (issue 13): the framework-floor module's application (same
 * bearer-token verification as the services, one row inserted with Panache, no outbox), started
 * with the very java binary and JVM options volunteer-service runs with, on port 8095, over a
 * schema of its own in the volunteer database. Closing it stops the JVM and drops the schema.
 */
final class FrameworkFloor implements AutoCloseable {

    static final String URL = "http://127.0.0.1:8095/floor/deeds";
    private static final Path ROOT = Path.of(System.getProperty("volunteernet.root", ".."));

    private final Process process;
    private final String token;

    private FrameworkFloor(Process process, String token) {
        this.process = process;
        this.token = token;
    }

    static FrameworkFloor start() throws Exception {
        Path app = ROOT.resolve("system-tests/framework-floor/target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + "/quarkus-run.jar is missing: build first (make build)");
        }
        dropSchema();
        List<String> command = new ArrayList<>(volunteerServiceJvm());
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        BenchmarkTable.progress("starting the framework floor: %s", String.join(" ", command));
        Process process = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve(".local/logs/framework-floor.log").toFile()).start();
        FrameworkFloor floor = new FrameworkFloor(process, Network.token("admin-xiangfang"));
        HttpClient client = NetworkBenchmark.client();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                floor.post(client);
                return floor;
            } catch (IOException | IllegalStateException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    floor.close();
                    throw new IllegalStateException("the framework floor did not start; see .local/logs/framework-floor.log", notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The java binary and options of the running volunteer-service, without its cache and its jar. */
    static List<String> volunteerServiceJvm() throws IOException {
        long pid = Long.parseLong(Files.readString(ROOT.resolve(".local/pids/volunteer-service.pid")).strip());
        ProcessHandle service = ProcessHandle.of(NetworkBenchmark.javaProcessOf(pid))
                .orElseThrow(() -> new IllegalStateException("volunteer-service is not running"));
        List<String> command = new ArrayList<>();
        command.add(service.info().command().orElseThrow());
        for (String argument : service.info().arguments().orElseThrow()) {
            if (argument.equals("-jar")) {
                break;
            }
            if (!argument.startsWith("-XX:AOTCache") && !argument.startsWith("-XX:SharedArchiveFile")) {
                command.add(argument);
            }
        }
        return command;
    }

    /** A witnessed deed's body, the same as POST /api/v1/deeds gets; throws unless 201. */
    void post(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NetworkBenchmark.deedBody())).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the framework floor answered " + response.statusCode());
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        dropSchema();
    }

    private static void dropSchema() throws SQLException {
        try (Connection volunteer = Network.database("volunteer"); Statement s = volunteer.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS framework_floor CASCADE");
        }
    }
}
