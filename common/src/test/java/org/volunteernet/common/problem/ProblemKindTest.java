package org.volunteernet.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProblemKindTest {

    @Test
    void everyKindHasOneTypeAChineseTitleAndAClientOrServerStatus() {
        assertThat(Arrays.stream(ProblemKind.values()).map(ProblemKind::type).distinct().count()).isEqualTo(ProblemKind.values().length);
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(ProblemKind.ofType(kind.type())).isSameAs(kind);
            assertThat(kind.titleZh()).as(kind.name()).isNotBlank().doesNotMatch("[A-Za-z ]+");
            assertThat(kind.status()).isBetween(400, 599);
            assertThat(kind.slug()).isEqualTo(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        assertThat(ProblemKind.ofType("urn:volunteernet:problem:no-such-kind")).isNull();
        assertThat(ProblemKind.ofType("about:blank")).isNull();
    }

    @Test
    void theHttpLayersStatusesGetTheirKindAndOthersAGenericOne() {
        assertThat(ProblemKind.forStatus(414)).isEqualTo(ProblemKind.URI_TOO_LONG);
        assertThat(ProblemKind.forStatus(431)).isEqualTo(ProblemKind.HEADERS_TOO_LARGE);
        assertThat(ProblemKind.forStatus(418)).isEqualTo(ProblemKind.BAD_REQUEST);
        assertThat(ProblemKind.forStatus(502)).isEqualTo(ProblemKind.INTERNAL);
    }

    @Test
    void aRefusalTakesItsStatusAndTitleFromItsKindInTheClientsLanguage() {
        Problem problem = new ProblemException(ProblemKind.SEAT_CLASH, "start: clashes with a confirmed seat",
                List.of(new Problem.FieldError("start", "clashes with a confirmed seat"))).toProblem();
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:volunteernet:problem:seat-clash");
        assertThat(ProblemLanguage.ZH_CN.title(problem.type(), problem.title())).isEqualTo("与已确认的名额时间冲突");
        assertThat(ProblemLanguage.EN.title(problem.type(), problem.title())).isEqualTo("Conflicts with the current state");
    }
}
