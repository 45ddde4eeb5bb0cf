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
}
