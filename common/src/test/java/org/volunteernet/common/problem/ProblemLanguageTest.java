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

    /** The framework's own refusals (common/rest/HttpWords) read in Chinese like every other error. */
    @Test
    void theFrameworksRefusalsHaveChineseDetails() {
        assertThat(ProblemLanguage.ZH_CN.detail(org.volunteernet.common.rest.HttpWords.UNKNOWN_PATH, List.of(), List.of()))
                .isEqualTo("此路径下没有任何资源；请查阅本接口的 OpenAPI 文档了解可用路径");
        assertThat(ProblemLanguage.ZH_CN.detail("DELETE is not supported here; this path supports GET, HEAD, OPTIONS",
                List.of(), List.of())).isEqualTo("此路径不支持 DELETE；它支持的方法：GET, HEAD, OPTIONS");
        assertThat(ProblemLanguage.ZH_CN.detail("Content-Type application/xml is not accepted here; send application/json",
                List.of(), List.of())).isEqualTo("此处不接受 Content-Type application/xml；请发送 application/json");
        assertThat(ProblemLanguage.ZH_CN.detail("Accept text/html cannot be answered here; this answers application/json",
                List.of(), List.of())).isEqualTo("此处无法按 Accept text/html 作答；此处的回答格式为 application/json");
        assertThat(ProblemLanguage.EN.detail(org.volunteernet.common.rest.HttpWords.UNKNOWN_PATH, List.of(), List.of()))
                .isEqualTo(org.volunteernet.common.rest.HttpWords.UNKNOWN_PATH);
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
                "must not contain control characters, unpaired surrogates, bidirectional controls or invisible characters",
                "must be a strong ETag as this service returned it, e.g. \"3\": a weak one (W/) never matches")) {
            assertThat(ProblemLanguage.ZH_CN.message(english)).as(english).doesNotContainPattern("[a-z]{3,}");
        }
        assertThat(ProblemLanguage.ZH_CN.message("not valid JSON at line 1, column 21")).isEqualTo("不是有效的 JSON（第 1 行第 21 列）");
        assertThat(ProblemLanguage.ZH_CN.message("must be a quoted entity-tag as this service returned it, e.g. \"3\" (RFC 9110)"))
                .isEqualTo("必须是本服务返回的带引号的实体标签（RFC 9110），例如 \"3\"");
    }

    /** Finding F12: the detail follows the language when it is made of the field messages or is a common one. */
    @Test
    void detailsMadeOfFieldMessagesAndCommonDetailsAreTranslated() {
        Problem one = ProblemException.invalid("cursor", "is not a cursor from this list").toProblem();
        assertThat(ProblemLanguage.ZH_CN.localize(one).detail()).isEqualTo("cursor：不是此列表的游标");
        assertThat(ProblemLanguage.EN.localize(one).detail()).isEqualTo("cursor: is not a cursor from this list");
        Problem two = new Problem(Problem.TYPE_PREFIX + "validation", "Request is not valid", 400,
                "end must be after start; name must not be blank", null, List.of(
                        new Problem.FieldError("end", "must be after start"), new Problem.FieldError("name", "must not be blank")));
        assertThat(ProblemLanguage.ZH_CN.localize(two).detail()).isEqualTo("end：必须晚于开始时间；name：不能为空白");
        assertThat(ProblemLanguage.ZH_CN.localize(ProblemException.forbidden("You may act only inside your own district")
                .toProblem()).detail()).isEqualTo("您只能在本区范围内操作");
        assertThat(ProblemLanguage.ZH_CN.localize(ProblemException.conflict("an account of this occurrence").toProblem())
                .detail()).isEqualTo("an account of this occurrence");
    }

    /** Tester's finding: 403, 405, 415, 409, 422, 428 and malformed-JSON details were English in Chinese answers. */
    @Test
    void theDetailsOfRefusalsAreChinese() {
        assertThat(ProblemLanguage.ZH_CN.localize(ProblemException.forbidden(
                "Only organizers and the office of the activity's district read its roster").toProblem()).detail())
                .isEqualTo("只有组织者和活动所在区的管理部门可以查看其名单");
        assertThat(ProblemLanguage.ZH_CN.detail("A district office reads only its own district's report", null, null))
                .isEqualTo("区管理部门只能查看本区的报告");
        assertThat(ProblemLanguage.ZH_CN.detail("DELETE is not supported here; this path supports GET, PATCH", null, null))
                .isEqualTo("此路径不支持 DELETE；它支持的方法：GET, PATCH");
        assertThat(ProblemLanguage.ZH_CN.detail(
                "Content-Type (none) is not accepted here; send application/json or text/csv", null, null))
                .isEqualTo("此处不接受 Content-Type （未给出）；请发送 application/json 或 text/csv");
        assertThat(ProblemLanguage.ZH_CN.detail("This correction was already accepted", null, null)).isEqualTo("此更正已被接受");
        assertThat(ProblemLanguage.ZH_CN.detail("3 problem(s) in the sheet; fix them and upload it again", null, null))
                .isEqualTo("表格中有 3 个问题；请修正后重新上传");
        assertThat(ProblemLanguage.ZH_CN.detail("The body must be a JSON object", null, null)).isEqualTo("请求体必须是 JSON 对象");
        assertThat(ProblemLanguage.ZH_CN.detail(
                "Send the ETag of the version you read as If-Match, so that concurrent changes are not lost", null, null))
                .startsWith("请在 If-Match 中发送");
        assertThat(ProblemLanguage.EN.detail("The body must be a JSON object", null, null)).isEqualTo("The body must be a JSON object");
    }

    /** Finding F12: a character's place inside a name message is said in Chinese, not left in English. */
    @Test
    void aCharactersPositionIsSaidInChinese() {
        assertThat(ProblemLanguage.ZH_CN.message(
                "may contain only letters and the separators · - ' and single spaces, not \uD83D\uDE00 (U+1F600 at position 3)"))
                .isEqualTo("只能包含文字及分隔符 · - ' 和单个空格（第 3 个字符 U+1F600）");
        assertThat(ProblemLanguage.ZH_CN.message("the birth date inside (1800-04-08) is not plausible"))
                .isEqualTo("其中的出生日期（1800-04-08）不合理");
        assertThat(ProblemLanguage.ZH_CN.message("does not match the ID number (its 17th digit is odd: male)"))
                .isEqualTo("与证件号码不一致（第 17 位为奇数：男性）");
    }

    /** The HTTP layer's refusals (no JAX-RS) choose the language from the header as sent. */
    @Test
    void theLanguageOfAnAcceptLanguageHeader() {
        assertThat(ProblemLanguage.ofHeader(null)).isEqualTo(ProblemLanguage.ZH_CN);
        assertThat(ProblemLanguage.ofHeader("en-GB,zh;q=0.5")).isEqualTo(ProblemLanguage.EN);
        assertThat(ProblemLanguage.ofHeader("zh;q=0.5, en")).isEqualTo(ProblemLanguage.EN);
        assertThat(ProblemLanguage.ofHeader("zh-TW, en")).isEqualTo(ProblemLanguage.ZH_CN);
        assertThat(ProblemLanguage.ofHeader("fr;q=x,,;")).isEqualTo(ProblemLanguage.ZH_CN);
    }
}
