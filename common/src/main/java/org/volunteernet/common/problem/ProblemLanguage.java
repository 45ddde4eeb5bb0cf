package org.volunteernet.common.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.volunteernet.common.document.DocumentLanguage;

/**
 * The languages of error answers: Simplified Chinese (zh-CN) by default, English when the client's
 * {@code Accept-Language} prefers it (the first of zh or en in the client's order wins). Only the human
 * parts change: {@code title} by the problem's kind, and each field's {@code message} when the catalogue
 * below knows it (unknown ones stay as written). {@code type} URIs, {@code status}, field paths and
 * {@code detail} (the occurrence's own account, written in English by the code that refused) stay as
 * they are, so clients key on {@code type} and {@code errors[].field}.
 */
public enum ProblemLanguage {
    ZH_CN("zh-CN"), EN("en");

    private final String tag;

    ProblemLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag for {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /** From the acceptable languages, most preferred first; no zh or en among them gives zh-CN. */
    public static ProblemLanguage negotiate(List<Locale> acceptable) {
        return DocumentLanguage.negotiate(acceptable) == DocumentLanguage.EN ? EN : ZH_CN;
    }

    private record Rule(Pattern english, String chinese) {
    }

    /** Field messages: English pattern (whole message) and its Chinese, with $1.. for the captured parts. */
    private static final List<Rule> MESSAGES_ZH = List.of(
            rule("must not be null", "不能为空"),
            rule("must not be blank", "不能为空白"),
            rule("must not be empty", "不能为空"),
            rule("size must be between (\\d+) and (\\d+)", "长度必须在 $1 到 $2 之间"),
            rule("must be greater than or equal to (.+)", "必须大于或等于 $1"),
            rule("must be less than or equal to (.+)", "必须小于或等于 $1"),
            rule("must be greater than (.+)", "必须大于 $1"),
            rule("must be less than (.+)", "必须小于 $1"),
            rule("must be a past date", "必须是过去的日期"),
            rule("must be a date in the past or in the present", "不能是将来的日期"),
            rule("must be a future date", "必须是将来的日期"),
            rule("must be true", "必须为 true"),
            rule("must be false", "必须为 false"),
            rule("must match \".*\"", "格式不正确"),
            rule("must be a well-formed email address", "必须是格式正确的电子邮件地址"),
            rule("unknown field", "未知字段"),
            rule("not valid JSON at line (\\d+), column (\\d+)", "不是有效的 JSON（第 $1 行第 $2 列）"),
            rule("not valid JSON", "不是有效的 JSON"),
            rule("given more than once", "重复给出"),
            rule("must be given once, not (\\d+) times", "只能给出一次，不能给出 $1 次"),
            rule("must not contain a control character \\((U\\+[0-9A-F]{4})\\)", "不能包含控制字符（$1）"),
            rule("must not contain a bidirectional control character \\((U\\+[0-9A-F]{4})\\)", "不能包含双向控制字符（$1）"),
            rule("must not contain an unpaired surrogate", "不能包含不成对的代理项"),
            rule("must not contain control characters, unpaired surrogates or bidirectional controls",
                    "不能包含控制字符、不成对的代理项或双向控制字符"),
            rule("must lie within years 1 to 9999", "年份必须在 1 到 9999 之间"),
            rule("must be an integer from (-?\\d+) to (\\d+)", "必须是 $1 到 $2 之间的整数"),
            rule("is out of range", "超出范围"),
            rule("must be an ETag this service returned, e\\.g\\. \"3\"", "必须是本服务返回的 ETag，例如 \"3\""),
            rule("must be a strong ETag as this service returned it, e\\.g\\. \"3\": a weak one \\(W/\\) never matches",
                    "必须是本服务返回的强 ETag，例如 \"3\"：弱 ETag（W/）永远不匹配"),
            rule("cannot be read as JSON", "无法作为 JSON 读取"),
            rule("must be a date \\(YYYY-MM-DD\\)", "必须是日期（YYYY-MM-DD）"),
            rule("must be a date-time with offset \\(ISO-8601\\)", "必须是带时区偏移的日期时间（ISO-8601）"),
            rule("must be a UUID", "必须是 UUID"),
            rule("must be an integer", "必须是整数"),
            rule("must be a number", "必须是数字"),
            rule("must be true or false", "必须是 true 或 false"),
            rule("must be a string", "必须是字符串"),
            rule("must be an array", "必须是数组"),
            rule("must be a JSON object", "必须是 JSON 对象"),
            rule("must be one of (.+)", "必须是以下之一：$1"),
            rule("must not contain control characters", "不能包含控制字符"),
            rule("must be true: registration needs consent", "必须为 true：注册需要本人同意"),
            rule("must be true: a minor registers only with the guardian's consent", "必须为 true：未成年人注册须经监护人同意"),
            rule("check digit does not match", "校验码不正确"),
            rule("does not match the birth date in the ID number", "与证件号码中的出生日期不一致"),
            rule("must be 18 characters: 17 digits and a check digit or X", "必须为 18 位：17 位数字加 1 位校验码（数字或 X）"),
            rule("must be 5 to 32 letters and digits", "必须为 5 到 32 位字母或数字"),
            rule("is not a phone number", "不是电话号码"),
            rule("is not a valid phone number in mainland China \\(mobile numbers have 11 digits, 1xx xxxx xxxx\\)",
                    "不是有效的中国大陆电话号码（手机号码为 11 位，1xx xxxx xxxx）"),
            rule("is not a valid phone number for country code \\+(\\d+)", "不是国家代码 +$1 的有效电话号码"),
            rule("must be a phone number.*", "必须是电话号码：数字，可用 + 和国家代码开头，数字组之间可用单个空格或连字符"),
            rule("must be at most (\\d+) characters", "最多 $1 个字符"),
            rule("must be one line \\(no tab or line break\\)", "必须为单行（不能含制表符或换行）"),
            rule("must not have two separators in a row(.*)", "不能连续使用两个分隔符$1"),
            rule("must start with a letter, not a separator(.*)", "必须以文字开头，不能以分隔符开头$1"),
            rule("must end with a letter, not a separator", "必须以文字结尾，不能以分隔符结尾"),
            rule("may contain only letters and the separators · - ' and single spaces, not .*?( \\(U\\+.*)",
                    "只能包含文字及分隔符 · - ' 和单个空格$1"),
            rule("has a combining mark that follows no letter(.*)", "含有不跟在文字后的组合符号$1"),
            rule("volunteers register from the age of (\\d+) \\(this birth date gives (\\d+)\\)",
                    "志愿者须年满 $1 周岁方可注册（按此出生日期为 $2 周岁）"),
            rule("a volunteer under 18 registers only with a guardian's consent.*",
                    "未满 18 周岁的志愿者须经监护人同意方可注册（监护人姓名、关系、同意书版本）"),
            rule("must be more than 0 and at most 24, with at most 2 decimals", "必须大于 0 且不超过 24，最多 2 位小数"),
            rule("is already registered", "已被注册"),
            rule("was used for a different request; use a new key for a new request", "已用于另一个请求；新的请求请使用新的键"),
            rule("names a request that is still being processed; retry shortly", "对应的请求仍在处理中，请稍后重试"),
            rule("is the name of another brand of this district", "是本区另一个品牌的名称"),
            rule("is the name of another work unit of this district", "是本区另一个单位的名称"),
            rule("is the name of another group of this brand", "是本品牌另一个小组的名称"),
            rule("is the name of an organization that has already joined this brand", "是已加入本品牌的组织的名称"),
            rule("already leads this brand", "已是本品牌的负责人"),
            rule("is the start of another occurrence of this activity", "是本活动另一场次的开始时间"),
            rule("has been used already", "已被使用"),
            rule("is not a certificate verification code", "不是证明验证码"),
            rule("every id must be a service record of this volunteer", "每个 id 都必须是该志愿者的服务记录"),
            rule("must name 1 to 1000 service records; leave the field out to certify all of them",
                    "须列出 1 到 1000 条服务记录；不填此字段即证明全部服务记录"),
            rule("must not be blank: a name correction states its reason", "不能为空：更正姓名须说明理由"),
            rule("goes only with a name correction", "仅在更正姓名时填写"),
            rule("must be a volunteer number: V, the 6-digit district and 8 digits", "必须是志愿者编号：V 加 6 位区划代码和 8 位数字"),
            rule("is not a claim code: 12 letters and digits, e\\.g\\. K7Q2-M9XA-4TPE", "不是认领码：12 位字母和数字，例如 K7Q2-M9XA-4TPE"),
            rule("is not a valid claim code", "认领码无效"),
            rule("is no longer valid", "已失效"));

    private static Rule rule(String english, String chinese) {
        return new Rule(Pattern.compile(english), chinese);
    }

    /** The title in this language for a problem of {@code type} whose English title is {@code title}. */
    String title(String type, String title) {
        if (this == EN || type == null || !type.startsWith(Problem.TYPE_PREFIX)) {
            return title;
        }
        ProblemKind kind = ProblemKind.ofType(type);
        return kind == null ? title : kind.titleZh();
    }

    /** A field message in this language; messages the catalogue does not know stay as they are. */
    String message(String message) {
        if (this == EN || message == null) {
            return message;
        }
        for (Rule rule : MESSAGES_ZH) {
            Matcher matcher = rule.english().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(Matcher.quoteReplacement(rule.chinese()).replace("\\$", "$"));
            }
        }
        return message;
    }

    /** The problem with its title and field messages in this language. */
    public Problem localize(Problem problem) {
        if (this == EN) {
            return problem;
        }
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), message(e.message()))).toList();
        return new Problem(problem.type(), title(problem.type(), problem.title()), problem.status(), problem.detail(),
                problem.instance(), errors);
    }
}
