package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.common.problem.ProblemException;

/** If-Match: one of our ETags (quoted or bare) is its version; none or * is 428, a weak tag or anything else 400 naming If-Match. */
@Tag("unit")
class IfMatchTest {

    @Test
    void ourETagsReadAsTheirVersion() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
        assertThat(IfMatch.version(" \"7\" ")).isEqualTo(7);
        assertThat(IfMatch.version("\"0\"")).isEqualTo(0);
        assertThat(IfMatch.version("\"10\"")).isEqualTo(10);
    }

    @Test
    void noneIs428AndAnythingElse400() {
        assertThatThrownBy(() -> IfMatch.version(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version(" ")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version("*")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version("W/\"3\"")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors()).extracting(f -> f.field()).containsExactly("If-Match");
        });
        assertThatThrownBy(() -> IfMatch.version("\"1\", \"2\"")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> IfMatch.version("\"abc\"")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors()).extracting(f -> f.field()).containsExactly("If-Match");
        });
    }

    @Test
    void aValueThatIsNotAQuotedEntityTagIs400NamingIfMatch() {
        for (String bad : new String[] {"0", "7", "\"3", "3\"", "\"", "\"+3\"", "\"-1\"", "\"\"", "\"99999999999999999999\"",
                "\"02\"", "\"00\"", "\"007\""}) {
            assertThatThrownBy(() -> IfMatch.version(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.toProblem().errors()).extracting(f -> f.field()).containsExactly("If-Match");
            });
        }
        assertThatThrownBy(() -> IfMatch.version("0")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem().errors().get(0).message())
                        .isEqualTo("must be a quoted entity-tag as this service returned it, e.g. \"3\" (RFC 9110)"));
    }
}
