package org.volunteernet.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlainTextValidatorTest {

    @Test
    void textPeopleTypeIsPlain() {
        assertThat(PlainTextValidator.isPlainText("敬老院探望·包饺子")).isTrue();
        assertThat(PlainTextValidator.isPlainText("Zoë O'Neil-Smith 😀")).isTrue(); // a paired surrogate is fine here
        assertThat(PlainTextValidator.isPlainText("")).isTrue();
    }

    @Test
    void controlsUnpairedSurrogatesAndBidiControlsAreNot() {
        assertThat(PlainTextValidator.isPlainText("a\u0000b")).isFalse();
        assertThat(PlainTextValidator.isPlainText("line\nbreak")).isFalse();
        assertThat(PlainTextValidator.isPlainText("next\u0085line")).isFalse();
        assertThat(PlainTextValidator.isPlainText("lone \uD800 high")).isFalse();
        assertThat(PlainTextValidator.isPlainText("lone \uDC00 low")).isFalse();
        assertThat(PlainTextValidator.isPlainText("ends high \uD83D")).isFalse();
        assertThat(PlainTextValidator.isPlainText("invoice\u202Egnp.exe")).isFalse();
        assertThat(PlainTextValidator.isPlainText("isolate\u2066x\u2069")).isFalse();
    }
}
