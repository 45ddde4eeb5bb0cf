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

    @Test
    void invisibleCharactersAreNot() {
        for (String look : new String[] {"Volunteer Service\u200b Saturday", "a\u200bb", "a\u2060b", "\ufeffab",
                "vol\u00adunteer", "a\u180eb", "a\u200cb", "a\u200db", "\u200d😀", "😀\u200d", "a\u3164b",
                "tag\uDB40\uDC41"}) {
            assertThat(PlainTextValidator.isPlainText(look)).as(look).isFalse();
        }
    }

    @Test
    void aZeroWidthJoinerInsideAnEmojiSequenceIsAllowed() {
        assertThat(PlainTextValidator.isPlainText("家庭 👨\u200d👩\u200d👧")).isTrue();
        assertThat(PlainTextValidator.isPlainText("❤\ufe0f\u200d🔥")).isTrue();
        assertThat(PlainTextValidator.isPlainText("👍🏽\u200d👍")).isTrue();
        assertThat(PlainTextValidator.isPlainText("❤\ufe0f")).isTrue(); // a variation selector chooses the form
    }
}
