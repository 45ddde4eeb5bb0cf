package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a production start with the committed local-development secrets fails and names each
 * setting. brand-service's own packaged application is started as production starts it, only
 * without VOLUNTEERNET_LOCAL_DEVELOPMENT (which the local stack's scripts set), on free ports (public and
 * management, beside the running network's) and consuming nothing.
 */
class ProductionRefusesLocalSecretsIT {

    private static final Path ROOT = Path.of(System.getProperty("volunteernet.root", ".."));

    @Test
    void aProductionStartWithLocalDevelopmentSecretsIsRefusedNamingEachSetting() throws Exception {
        String output = refusedStart("brand-service", "-Dmp.messaging.incoming.volunteer-events.enabled=false");
        assertThat(output).contains("quarkus.datasource.password (set VOLUNTEERNET_DB_PASSWORD)");
        assertThat(output).doesNotContain("volunteernet-local-dev-only"); // names the setting, never prints the secret
    }

    /** Issue 14: activity-service's client secret for the volunteer directory is refused like every other. */
    @Test
    void activityServiceRefusesTheServicesClientSecretsLocalDefault() throws Exception {
        String output = refusedStart("activity-service", "-Dmp.messaging.incoming.volunteer-events.enabled=false",
                "-Dmp.messaging.incoming.brand-events.enabled=false");
        assertThat(output).contains("quarkus.oidc-client.credentials.secret (set VOLUNTEERNET_SERVICES_CLIENT_SECRET)");
        assertThat(output).doesNotContain("volunteer-network-services-local-dev-only");
    }

    /** Starts a service's packaged application as production starts it, without VOLUNTEERNET_LOCAL_DEVELOPMENT: its output. */
    static String refusedStart(String service, String... options) throws Exception {
        Path app = ROOT.resolve(service + "/target/quarkus-app");
        assertThat(app.resolve("quarkus-run.jar")).as("built by make build").exists();
        Path log = Files.createTempFile(service + "-production-start", ".log");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-Dquarkus.log.console.json.enabled=false"));
        command.addAll(java.util.List.of(options));
        command.addAll(java.util.List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("VOLUNTEERNET_LOCAL_DEVELOPMENT");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start ends by itself").isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(output).contains("Refusing to start");
            return output;
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
