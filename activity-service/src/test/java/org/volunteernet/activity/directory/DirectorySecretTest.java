package org.volunteernet.activity.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.config.LocalDevelopmentSecrets;

/**
 * The volunteer directory's client secret has a committed local-development default, which production refuses
 * (LocalDevelopmentSecrets at start), naming the variable that replaces it.
 */
@QuarkusTest
class DirectorySecretTest {

    @Test
    void theServicesClientSecretIsALocalDevelopmentDefaultThatProductionRefuses() {
        assertThat(LocalDevelopmentSecrets.settingsWithLocalDefaults(ConfigProvider.getConfig()))
                .containsEntry("quarkus.oidc-client.credentials.secret", "VOLUNTEERNET_SERVICES_CLIENT_SECRET");
        assertThat(LocalDevelopmentSecrets.refusal(java.util.Map.of("quarkus.oidc-client.credentials.secret",
                "VOLUNTEERNET_SERVICES_CLIENT_SECRET"))).doesNotContain("volunteer-network-services-local-dev-only");
    }
}
