package org.volunteernet.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Plain JUnit: error answers in zh-CN by default and in English on request; type URIs and fields stay. */
@Tag("unit")
class ProblemLanguageTest {

    static final Problem VALIDATION = new Problem(Problem.TYPE_PREFIX + "validation", "Request is not valid", 400,
            "phone: is not a phone number", "/api/v1/volunteers", List.of(
                    new Problem.FieldError("phone", "is not a phone number"),
                    new Problem.FieldError("name", "size must be between 1 and 100"),
                    new Problem.FieldError("gender", "must be one of MALE, FEMALE"),
                    new Problem.FieldError("x", "a message nobody translated")));

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenByAcceptLanguage() {
        assertThat(ProblemLanguage.negotiate(List.of())).isEqualTo(ProblemLanguage.ZH_CN);
        assertThat(ProblemLanguage.negotiate(null)).isEqualTo(ProblemLanguage.ZH_CN);
        assertThat(ProblemLanguage.negotiate(List.of(Locale.FRENCH))).isEqualTo(ProblemLanguage.ZH_CN);
        assertThat(ProblemLanguage.negotiate(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA))).isEqualTo(ProblemLanguage.EN);
        assertThat(ProblemLanguage.negotiate(List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH))).isEqualTo(ProblemLanguage.ZH_CN);
    }

    @Test
    void chineseTitlesAndFieldMessagesKeepTypeStatusFieldsAndDetail() {
        Problem zh = ProblemLanguage.ZH_CN.localize(VALIDATION);
        assertThat(zh.type()).isEqualTo(VALIDATION.type());
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.detail()).isEqualTo(VALIDATION.detail());
        assertThat(zh.title()).isEqualTo("请求无效");
        assertThat(zh.errors()).extracting(Problem.FieldError::field).containsExactly("phone", "name", "gender", "x");
        assertThat(zh.errors()).extracting(Problem.FieldError::message).containsExactly("不是电话号码",
                "长度必须在 1 到 100 之间", "必须是以下之一：MALE, FEMALE", "a message nobody translated");
    }

    @Test
    void englishIsLeftAsWritten() {
        assertThat(ProblemLanguage.EN.localize(VALIDATION)).isEqualTo(VALIDATION);
    }

    @Test
    void everyKindOfTheMappersHasAChineseTitle() {
        for (String kind : List.of("validation", "malformed-json", "not-found", "forbidden", "unauthenticated",
                "conflict", "stale-version", "rule-violated", "internal", "payload-too-large", "unsupported-media-type")) {
            assertThat(ProblemLanguage.ZH_CN.title(Problem.TYPE_PREFIX + kind, "English")).isNotEqualTo("English");
        }
        assertThat(ProblemLanguage.ZH_CN.title(Problem.TYPE_PREFIX + "brand-new-kind", "English")).isEqualTo("English");
    }

    /** One language per answer: a message's captured parts are never English words inside a Chinese message. */
    @Test
    void chineseMessagesCarryNoEnglishWords() {
        for (String english : List.of("not valid JSON at line 1, column 21", "not valid JSON", "given more than once",
                "must not contain a control character (U+0000)", "must not contain a bidirectional control character (U+202E)",
                "must not contain an unpaired surrogate", "must lie within years 1 to 9999",
                "must be an integer from -2147483648 to 2147483647", "must be given once, not 2 times",
                "must not contain control characters, unpaired surrogates or bidirectional controls",
                "must be a strong ETag as this service returned it, e.g. \"3\": a weak one (W/) never matches")) {
            assertThat(ProblemLanguage.ZH_CN.message(english)).as(english).doesNotContainPattern("[a-z]{3,}");
        }
        assertThat(ProblemLanguage.ZH_CN.message("not valid JSON at line 1, column 21")).isEqualTo("不是有效的 JSON（第 1 行第 21 列）");
    }
}
