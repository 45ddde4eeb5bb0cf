package org.volunteernet.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LocalDevelopmentSecretsTest {

    private static SmallRyeConfig configOf(Map<String, String> values) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void theCommittedDefaultsAreRecognisedAsTextAndInsideBase64() {
        assertThat(LocalDevelopmentSecrets.isLocalDevelopmentSecret("volunteernet-local-dev-only")).isTrue();
        // the committed check-in key: base64 of "local-dev-only-check-in-code-key"
        assertThat(LocalDevelopmentSecrets.isLocalDevelopmentSecret("bG9jYWwtZGV2LW9ubHktY2hlY2staW4tY29kZS1rZXk=")).isTrue();
        assertThat(LocalDevelopmentSecrets.isLocalDevelopmentSecret("q8Hc1m6VnQ3zE0Zr3b7uA9kq2s4W5tYxL0pO1iU2yT8=")).isFalse();
        assertThat(LocalDevelopmentSecrets.isLocalDevelopmentSecret("a real password")).isFalse();
        assertThat(LocalDevelopmentSecrets.isLocalDevelopmentSecret("")).isFalse();
    }

    @Test
    void everySettingStillOnADefaultIsNamedWithItsVariable() {
        SmallRyeConfig config = configOf(Map.of(
                "quarkus.datasource.password", "volunteernet-local-dev-only",
                "volunteernet.activities.check-in-key", "${VOLUNTEERNET_CHECK_IN_KEY_UNSET_IN_TESTS:bG9jYWwtZGV2LW9ubHktY2hlY2staW4tY29kZS1rZXk=}",
                "volunteernet.id-protection.encryption-key", "q8Hc1m6VnQ3zE0Zr3b7uA9kq2s4W5tYxL0pO1iU2yT8=",
                "%test.quarkus.datasource.password", "volunteernet-local-dev-only"));
        var found = LocalDevelopmentSecrets.settingsWithLocalDefaults(config);
        assertThat(found).containsExactly(
                Map.entry("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD"),
                Map.entry("volunteernet.activities.check-in-key", "VOLUNTEERNET_CHECK_IN_KEY_UNSET_IN_TESTS"));
        assertThat(LocalDevelopmentSecrets.refusal(found))
                .contains("quarkus.datasource.password (set QUARKUS_DATASOURCE_PASSWORD)")
                .contains("volunteernet.activities.check-in-key (set VOLUNTEERNET_CHECK_IN_KEY_UNSET_IN_TESTS)");
    }

    @Test
    void aProductionConfigurationWithRealSecretsPasses() {
        assertThat(LocalDevelopmentSecrets.settingsWithLocalDefaults(configOf(Map.of(
                "quarkus.datasource.password", "s3cr3t-from-the-vault")))).isEmpty();
    }
}
