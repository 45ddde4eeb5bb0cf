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
    void whatTheFontLacksBecomesItsCodePointNeverAQuestionMarkAndInvisibleCharactersGo() {
        assertThat(TextLayout.drawable("李\u200B明\tA\u202E😀\u0007", cp -> cp < 0x10000)).isEqualTo("李明 A[U+1F600]");
        // 𠀀 (U+20000, CJK Extension B) in a real name: its code point, never "?李"
        assertThat(TextLayout.drawable("𠀀李", cp -> cp < 0x10000)).isEqualTo("[U+20000]李").doesNotContain("?");
        assertThat(TextLayout.drawable("?李", cp -> cp < 0x10000)).isEqualTo("?李"); // a real "?" stays itself
    }

    @Test
    void undrawableListsEachMissingCharacterOnceInOrderButNotSpacesOrInvisibleOnes() {
        assertThat(TextLayout.undrawable("𠀀李\u3000😀\u200B𠀀", cp -> cp < 0x10000)).containsExactly(0x20000, 0x1F600);
        assertThat(TextLayout.undrawable("王小明", cp -> cp < 0x10000)).isEmpty();
        assertThat(TextLayout.marker(0x20000)).isEqualTo("[U+20000]");
        assertThat(TextLayout.marker(0xE9)).isEqualTo("[U+00E9]");
    }

    /** Font 1 (a fallback) has the supplementary planes, font 0 the rest, as wqy-microhei and HanaMinB do. */
    static int bmpThenSupplementary(int cp) {
        return cp < 0x10000 ? 0 : cp < 0x30000 ? 1 : -1;
    }

    @Test
    void eachCharacterGoesToTheFirstFontThatHasItInRunsOfOneFont() {
        assertThat(TextLayout.runs("𠀀李 Li 𪚥𠀀明", TextLayoutTest::bmpThenSupplementary)).containsExactly(
                new TextLayout.Run(1, "𠀀"), new TextLayout.Run(0, "李 Li "), new TextLayout.Run(1, "𪚥𠀀"),
                new TextLayout.Run(0, "明"));
        assertThat(TextLayout.runs("王小明", TextLayoutTest::bmpThenSupplementary))
                .containsExactly(new TextLayout.Run(0, "王小明"));
        // what no font has counts as the main font's (drawable text has only spaces of that kind)
        assertThat(TextLayout.runs("𠀀　", cp -> cp == 0x20000 ? 1 : -1))
                .containsExactly(new TextLayout.Run(1, "𠀀"), new TextLayout.Run(0, "　"));
        assertThat(TextLayout.runs("", TextLayoutTest::bmpThenSupplementary)).isEmpty();
    }

    @Test
    void linesBreakByTheWidthsOfEachCharactersOwnFont() {
        // the fallback's characters are twice as wide: 𠀀李𪚥 is 2 + 1 + 2 = 5 units, so a 4-unit line breaks after 李
        ToDoubleFunction<String> widths = piece -> piece.codePoints()
                .mapToDouble(cp -> bmpThenSupplementary(cp) == 1 ? 2 : 1).sum();
        assertThat(TextLayout.wrap("𠀀李𪚥王", widths, 4)).containsExactly("𠀀李", "𪚥王");
        assertThat(TextLayout.wrap("𠀀李𪚥王", ONE_EACH, 4)).containsExactly("𠀀李𪚥王");
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
