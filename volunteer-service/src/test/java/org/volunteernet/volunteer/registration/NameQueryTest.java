package org.volunteernet.volunteer.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.volunteer.registration.domain.NameQuery;

@Tag("unit")
class NameQueryTest {

    @Test
    void aDecomposedAccentIsComposedAndOuterSpacesGo() {
        // "e" + U+0301 COMBINING ACUTE ACCENT becomes U+00E9, as names are stored (RealName, NFC)
        assertThat(NameQuery.normalize(" Jose\u0301 ")).isEqualTo("Jos\u00e9");
        assertThat(NameQuery.normalize("小明")).isEqualTo("小明");
        assertThat(NameQuery.normalize("买买提·艾")).isEqualTo("买买提·艾");
    }

    @Test
    void emptyControlAndOverlongTermsAreRefused() {
        assertThatThrownBy(() -> NameQuery.normalize("   ")).hasMessage("must not be empty");
        assertThatThrownBy(() -> NameQuery.normalize(null)).hasMessage("must not be empty");
        assertThatThrownBy(() -> NameQuery.normalize("王\u0000")).hasMessage("must not contain control characters");
        assertThatThrownBy(() -> NameQuery.normalize("王\u202e明")).hasMessage("must not contain control characters");
        assertThatThrownBy(() -> NameQuery.normalize("王".repeat(101))).hasMessage("must be at most 100 characters");
        assertThat(NameQuery.normalize("王".repeat(100))).hasSize(100);
    }

    @Test
    void likeWildcardsInTheTermAreTakenLiterally() {
        assertThat(NameQuery.containsPattern("小明")).isEqualTo("%小明%");
        assertThat(NameQuery.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
    }
}
