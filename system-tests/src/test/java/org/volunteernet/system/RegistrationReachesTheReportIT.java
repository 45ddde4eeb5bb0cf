package org.volunteernet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistrationReachesTheReportIT {

    @Test
    void aVolunteerRegisteredWithAKeycloakTokenAppearsInTheDistrictReport() throws InterruptedException {
        long before = Network.settledRegisteredVolunteers(Network.DAOLI);
        Network.register(Network.token("admin-daoli"), Network.DAOLI);
        await().atMost(Duration.ofSeconds(30)).until(() -> Network.registeredVolunteers(Network.DAOLI) == before + 1);
        Thread.sleep(2000);
        assertThat(Network.registeredVolunteers(Network.DAOLI)).as("counted once").isEqualTo(before + 1);
    }
}
