package org.volunteernet.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** OWASP "CSV Injection": a text cell starting like a formula gets a leading apostrophe; numbers are left alone. */
@Tag("unit")
@net.jqwik.api.Tag("unit")
class SpreadsheetTextTest {

    @Test
    void theFindingsNamesGetAnApostrophe() {
        assertThat(SpreadsheetText.csvCell("=HYPERLINK(\"http://evil.example\",\"点我\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
        assertThat(SpreadsheetText.csvCell("+SUM(1,2)*0+HYPERLINK(\"http://evil.example\")"))
                .isEqualTo("'+SUM(1,2)*0+HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetText.csvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.csvCell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.csvCell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        assertThat(SpreadsheetText.csvCell("香坊区助老服务队")).isEqualTo("香坊区助老服务队");
        assertThat(SpreadsheetText.csvCell("a=1")).isEqualTo("a=1");
        assertThat(SpreadsheetText.csvCell(" =1")).isEqualTo(" =1");
        assertThat(SpreadsheetText.csvCell("")).isEmpty();
        assertThat(SpreadsheetText.csvCell((String) null)).isNull();
    }

    @Test
    void numbersAreNeverAltered() {
        BigDecimal negative = new BigDecimal("-2.00");
        assertThat(SpreadsheetText.csvCell((Object) negative)).isSameAs(negative);
        assertThat(SpreadsheetText.csvCell((Object) (-3))).isEqualTo(-3);
        assertThat(SpreadsheetText.csvCell((Object) null)).isNull();
        assertThat(SpreadsheetText.csvCell((Object) "-2.00")).isEqualTo("'-2.00"); // text that looks like a number is text
    }

    @Property
    void aNeutralisedCellNeverStartsWithAFormulaTriggerAndIsTheInputBehindAtMostAnApostrophe(
            @ForAll("cells") String text) {
        String cell = SpreadsheetText.csvCell(text);
        assertThat(SpreadsheetText.startsLikeFormula(cell)).isFalse();
        if (!cell.isEmpty()) {
            assertThat(cell.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
        }
        String withoutApostrophe = SpreadsheetText.startsLikeFormula(text) ? cell.substring(1) : cell;
        assertThat(withoutApostrophe).isEqualTo(text);
        assertThat(cell.length()).isEqualTo(text.length() + (SpreadsheetText.startsLikeFormula(text) ? 1 : 0));
        if (cell.length() != text.length()) {
            assertThat(cell.charAt(0)).isEqualTo('\'');
        }
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> trigger = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "'", "'=", " ", "");
        return Arbitraries.oneOf(any, Combinators.combine(trigger, any).as((t, rest) -> t + rest));
    }
}
