package org.volunteernet.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Line breaking and drawable text by hand-worked examples; every code point is 1 unit wide. */
@Tag("unit")
class TextLayoutTest {

    static final ToDoubleFunction<String> ONE_EACH = piece -> piece.codePointCount(0, piece.length());

    @Test
    void latinTextBreaksAfterSpacesAndHyphens() {
        assertThat(TextLayout.wrap("Riverside clean-up on Saturday", ONE_EACH, 12))
                .containsExactly("Riverside", "clean-up on", "Saturday");
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharactersAndBeforeLatinAfterIt() {
        assertThat(TextLayout.wrap("志愿服务记录证明", ONE_EACH, 3)).containsExactly("志愿服", "务记录", "证明");
        assertThat(TextLayout.wrap("服务时长12小时", ONE_EACH, 5)).containsExactly("服务时长", "12小时");
    }

    @Test
    void aWordLongerThanALineIsCutAndEmptyTextIsOneEmptyLine() {
        assertThat(TextLayout.wrap("abcdefgh", ONE_EACH, 3)).containsExactly("abc", "def", "gh");
        assertThat(TextLayout.wrap("   ", ONE_EACH, 3)).containsExactly("");
    }

    @Test
    void whatTheFontLacksBecomesAQuestionMarkAndInvisibleCharactersGo() {
        assertThat(TextLayout.drawable("李\u200B明\tA\u202E😀\u0007", cp -> cp < 0x10000)).isEqualTo("李明 A?");
    }

    @Test
    void columnsShareTheWidthInProportion() {
        assertThat(TextLayout.columnWidths(new float[] {1, 3}, 400)).containsExactly(100f, 300f);
    }

    @Test
    void aQrCodeIsSquareAndHoldsChineseText() {
        var matrix = TextLayout.qrCode("https://volunteer.example/certificates/ABCD-1234?名=李明");
        assertThat(matrix.getWidth()).isEqualTo(matrix.getHeight()).isGreaterThanOrEqualTo(21);
        assertThat(List.of(matrix.get(0, 0), matrix.get(6, 6))).containsOnly(true); // the finder pattern's corners
    }
}
