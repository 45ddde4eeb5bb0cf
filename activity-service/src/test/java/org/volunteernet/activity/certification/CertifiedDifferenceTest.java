package org.volunteernet.activity.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.certification.domain.CertifiedDifference;
import org.volunteernet.common.document.Vocabulary;

/** Why certified hours differ from recorded ones, and the words documents print for it, without Quarkus. */
@Tag("unit")
class CertifiedDifferenceTest {

    static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    @Test
    void equalHoursOrHoursNotYetKnownDifferInNothing() {
        assertThat(CertifiedDifference.of(h("2.5"), h("2.50"), null, false)).isNull();
        assertThat(CertifiedDifference.of(h("2.5"), h("2.50"), h("3"), true)).isNull(); // corrected back
        assertThat(CertifiedDifference.of(h("2.5"), null, null, false)).isNull();
        assertThat(CertifiedDifference.of(null, h("2.5"), null, false)).isNull();
    }

    @Test
    void aCorrectionIsTheLaterWordOverTheCap() {
        assertThat(CertifiedDifference.of(h("10"), h("8"), h("10"), false)).isEqualTo(CertifiedDifference.DAILY_LIMIT);
        assertThat(CertifiedDifference.of(h("10"), h("9"), h("10"), true)).isEqualTo(CertifiedDifference.CORRECTED);
        assertThat(CertifiedDifference.of(h("10"), h("9"), null, true)).isEqualTo(CertifiedDifference.CORRECTED);
    }

    @Test
    void everyDifferenceHasAChineseAndAnEnglishLabel() {
        assertThat(Vocabulary.CERTIFIED_DIFFERENCE.codes())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CertifiedDifference.values()).map(Enum::name).toList());
    }
}
