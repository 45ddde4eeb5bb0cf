package org.volunteernet.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SealedReferenceTest {

    static final String KEY = "bG9jYWwtZGV2LW9ubHktZXZlbnQtc2VhbC1rZXktMzI=";
    static final String OTHER_KEY = "YW5vdGhlci1rZXktb2YtdGhpcnR5LXR3by1ieXRlcyE=";

    final SealedReference seal = new SealedReference(KEY);

    @Test
    void opensWithTheSameKeyAndContext() {
        UUID activity = UUID.randomUUID();
        String reference = seal.seal("王芳 Wang Fang", activity);
        assertThat(reference).startsWith("s1.").doesNotContain("Wang").doesNotContain("王芳")
                .matches("^s1\\.[A-Za-z0-9_-]{20,2000}$");
        assertThat(seal.open(reference, activity)).contains("王芳 Wang Fang");
    }

    @Test
    void theSamePersonTwiceGivesUnrelatedReferences() {
        UUID activity = UUID.randomUUID();
        assertThat(seal.seal("Wang Fang", activity)).isNotEqualTo(seal.seal("Wang Fang", activity));
    }

    @Test
    void anotherContextKeySchemeOrAnAlteredReferenceDoesNotOpen() {
        UUID activity = UUID.randomUUID();
        String reference = seal.seal("Wang Fang", activity);
        assertThat(seal.open(reference, UUID.randomUUID())).isEmpty();
        assertThat(new SealedReference(OTHER_KEY).open(reference, activity)).isEmpty();
        assertThat(seal.open("Wang Fang", activity)).isEmpty();
        assertThat(seal.open("s1.!!!", activity)).isEmpty();
        assertThat(seal.open("s1.AAAA", activity)).isEmpty();
        // a character inside (the last one of unpadded base64 may carry bits that decoding drops)
        int inside = reference.length() / 2;
        char c = reference.charAt(inside);
        String altered = reference.substring(0, inside) + (c == 'A' ? 'B' : 'A') + reference.substring(inside + 1);
        assertThat(seal.open(altered, activity)).isEmpty();
        assertThat(seal.open(null, activity)).isEmpty();
    }

    @Test
    void theCommittedDefaultKeyIsOneThatProductionRefuses() {
        // the default of volunteernet.events.seal-key in activity-service's and volunteer-service's properties
        assertThat(org.volunteernet.common.config.LocalDevelopmentSecrets.isLocalDevelopmentSecret(KEY)).isTrue();
        assertThat(org.volunteernet.common.config.LocalDevelopmentSecrets.isLocalDevelopmentSecret(OTHER_KEY)).isFalse();
    }

    @Test
    void nothingToSealIsNull() {
        assertThat(seal.seal(null, UUID.randomUUID())).isNull();
        assertThat(seal.seal("  ", UUID.randomUUID())).isNull();
    }

    @Test
    void withoutAKeyItRefusesToSealAndNamesTheSetting() {
        assertThatThrownBy(() -> new SealedReference((String) null).seal("Wang Fang", UUID.randomUUID()))
                .hasMessageContaining("volunteernet.events.seal-key");
        assertThatThrownBy(() -> new SealedReference("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
