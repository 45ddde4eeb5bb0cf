package org.volunteernet.volunteer.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.volunteer.claim.domain.ClaimCodes;
import org.volunteernet.volunteer.claim.domain.ClaimCodes.State;

@Tag("unit")
class ClaimCodesTest {

    @Test
    void aCodeIsTwelveUnambiguousCharactersInGroupsOfFour() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 1000; i++) {
            assertThat(ClaimCodes.generate(random)).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        }
    }

    @Test
    void typedCodesAreReadWithoutCaseHyphensAndSpaces() {
        assertThat(ClaimCodes.normalize("k7q2-m9xa-4tpe")).isEqualTo("K7Q2M9XA4TPE");
        assertThat(ClaimCodes.normalize(" K7Q2 M9XA 4TPE ")).isEqualTo("K7Q2M9XA4TPE");
        assertThat(ClaimCodes.normalize("K7Q2M9XA4TPE")).isEqualTo("K7Q2M9XA4TPE");
    }

    @Test
    void somethingThatCannotBeACodeIsRefused() {
        for (String bad : new String[] {null, "", "K7Q2-M9XA-4TP", "K7Q2-M9XA-4TPEE", "K7Q2-M9XA-4TP0", "K7Q2-M9XA-4TPI",
                "230110199003051236", "K7Q2-M9XA-4TP%"}) {
            assertThatThrownBy(() -> ClaimCodes.normalize(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("is not a claim code");
        }
    }

    @Test
    void onlyTheHashOfTheNormalisedCodeIsKept() {
        // sha256("K7Q2M9XA4TPE"), worked out with python3: hashlib.sha256(b"K7Q2M9XA4TPE").hexdigest()
        assertThat(ClaimCodes.hash("k7q2-m9xa-4tpe")).isEqualTo(ClaimCodes.hash("K7Q2M9XA4TPE"))
                .isEqualTo("3c581630a1ccef4b5c79d398ba03ade718cdb2766018f4d7dd487aa7a8841413");
    }

    @Test
    void aCodeWorksFourteenDaysUntilNotAtItsExpiry() {
        Instant created = Instant.parse("2026-11-24T02:30:00Z");
        Instant expiry = ClaimCodes.expiry(created, Duration.ofDays(14));
        assertThat(expiry).isEqualTo(Instant.parse("2026-12-08T02:30:00Z"));
        assertThat(ClaimCodes.state(false, false, expiry, Instant.parse("2026-12-08T02:29:59Z"))).isEqualTo(State.USABLE);
        assertThat(ClaimCodes.state(false, false, expiry, expiry)).isEqualTo(State.EXPIRED);
    }

    @Test
    void usedBeatsRevokedBeatsExpired() {
        Instant expiry = Instant.parse("2026-12-08T02:30:00Z");
        Instant late = Instant.parse("2026-12-09T00:00:00Z");
        assertThat(ClaimCodes.state(true, true, expiry, late)).isEqualTo(State.USED);
        assertThat(ClaimCodes.state(false, true, expiry, late)).isEqualTo(State.REVOKED);
        assertThat(ClaimCodes.state(false, false, expiry, late)).isEqualTo(State.EXPIRED);
    }
}
