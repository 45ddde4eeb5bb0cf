package org.volunteernet.activity.completion.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.signup.domain.Signup;

/** Time on site keeps its seconds and rounds half up to 0.01 h (issue 15), without booting Quarkus. */
@Tag("unit")
class HoursOnSiteTest {

    static BigDecimal onSite(Duration checkedIn) {
        Occurrence occurrence = new Occurrence();
        occurrence.start = Instant.parse("2026-11-28T01:00:00Z");
        occurrence.end = occurrence.start.plus(Duration.ofHours(2));
        Signup signup = new Signup();
        signup.checkedInAt = occurrence.start;
        signup.checkedOutAt = occurrence.start.plus(checkedIn);
        return CompletionService.hoursOnSite(signup, occurrence);
    }

    @Test
    void secondsCountAndHalfRoundsUp() {
        assertThat(onSite(Duration.ofMinutes(14).plusSeconds(45))).isEqualByComparingTo("0.25"); // 0.2458 h
        assertThat(onSite(Duration.ofSeconds(18))).isEqualByComparingTo("0.01"); // exactly 0.005 h
        assertThat(onSite(Duration.ofSeconds(17))).isEqualByComparingTo("0.00");
        assertThat(onSite(Duration.ofMinutes(59).plusSeconds(59))).isEqualByComparingTo("1.00");
        assertThat(onSite(Duration.ofMinutes(90))).isEqualByComparingTo("1.50");
    }
}
