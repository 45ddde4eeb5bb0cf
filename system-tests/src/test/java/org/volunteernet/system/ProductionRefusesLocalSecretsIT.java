package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a production start with the committed local-development secrets fails and names each
 * setting. brand-service's own packaged application is started as production starts it, only
 * without VOLUNTEERNET_LOCAL_DEVELOPMENT (which the local stack's scripts set), on a free port and
 * consuming nothing.
 */
class ProductionRefusesLocalSecretsIT {

    private static final Path ROOT = Path.of(System.getProperty("volunteernet.root", ".."));

    @Test
    void aProductionStartWithLocalDevelopmentSecretsIsRefusedNamingEachSetting() throws Exception {
        Path app = ROOT.resolve("brand-service/target/quarkus-app");
        assertThat(app.resolve("quarkus-run.jar")).as("built by make build").exists();
        Path log = Files.createTempFile("brand-production-start", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-Dquarkus.log.console.json.enabled=false",
                "-Dmp.messaging.incoming.volunteer-events.enabled=false",
                "-jar", "quarkus-run.jar").directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("VOLUNTEERNET_LOCAL_DEVELOPMENT");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start ends by itself").isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(output).contains("Refusing to start")
                    .contains("quarkus.datasource.password (set VOLUNTEERNET_DB_PASSWORD)");
            assertThat(output).doesNotContain("volunteernet-local-dev-only"); // names the setting, never prints the secret
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
