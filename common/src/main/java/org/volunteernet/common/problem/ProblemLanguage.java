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
 * parts change: {@code title} by the problem's kind, each field's {@code message} when the catalogue
 * below knows it (every message the services write has a rendering: EveryMessageHasChineseTest finds them in
 * the sources), and {@code detail} when it is made of the field messages or the catalogue of details knows it
 * (every detail the services write: EveryMessageHasChineseTest finds those too).
 * {@code type} URIs, {@code status} and field paths stay as they are, so clients key on {@code type} and
 * {@code errors[].field}.
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

    /**
     * From an {@code Accept-Language} header as sent (RFC 9110 §12.5.4, q-values honoured); a missing or malformed
     * header gives zh-CN. For answers made outside JAX-RS (the HTTP layer's refusals).
     */
    public static ProblemLanguage ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH_CN;
        }
        try {
            return negotiate(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return ZH_CN;
        }
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
            rule("must not contain a control character \\(((?:U\\+)?[0-9A-F]+)\\)", "不能包含控制字符（$1）"),
            rule("must not contain a bidirectional control character \\(((?:U\\+)?[0-9A-F]+)\\)", "不能包含双向控制字符（$1）"),
            rule("must not contain an unpaired surrogate", "不能包含不成对的代理项"),
            rule("must not contain control characters, unpaired surrogates, bidirectional controls or invisible characters",
                    "不能包含控制字符、不成对的代理项、双向控制字符或不可见字符"),
            rule("must lie within years 1 to 9999", "年份必须在 1 到 9999 之间"),
            rule("must be an integer from (-?\\d+) to (\\d+)", "必须是 $1 到 $2 之间的整数"),
            rule("is out of range", "超出范围"),
            rule("must be a quoted entity-tag as this service returned it, e\\.g\\. \"3\" \\(RFC 9110\\)",
                    "必须是本服务返回的带引号的实体标签（RFC 9110），例如 \"3\""),
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
            rule("contains (.+) \\((.+?)\\), which the certificate font cannot print; a certificate states it exactly or "
                    + "is not issued", "含有证明所用字体无法打印的字符 $1（$2）；证明必须准确写出，否则不予出具"),
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
            rule("may contain only letters and the separators · - ' and single spaces, not .*?( \\(U\\+.*)?",
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
            rule("is no longer valid", "已失效"),
            // query and path parameters, headers (common/rest)
            rule("is not a cursor from this list", "不是此列表的游标"),
            rule("was issued for another list or other filters; ask for the first page again without it",
                    "是为另一个列表或其他筛选条件签发的游标；请不带它重新请求第一页"),
            rule("this operation takes no request body; send none", "此操作不接受请求体；请不要发送请求体"),
            rule("is not a parameter of this operation \\(it takes none\\)", "不是此操作的参数（此操作不接受任何参数）"),
            rule("is not a parameter of this operation; it takes (.+)", "不是此操作的参数；可用的参数：$1"),
            rule("is not a parameter of this operation", "不是此操作的参数"),
            rule("a parameter name (.+)", "参数名$1"),
            rule("must be a date \\(YYYY-MM-DD\\), not '(.*)'", "必须是日期（YYYY-MM-DD），而不是“$1”"),
            rule("must be a date-time with offset \\(ISO-8601\\), not '(.*)'", "必须是带时区偏移的日期时间（ISO-8601），而不是“$1”"),
            rule("must be a UUID, not '(.*)'", "必须是 UUID，而不是“$1”"),
            rule("must be an integer, not '(.*)'", "必须是整数，而不是“$1”"),
            rule("must be a number, not '(.*)'", "必须是数字，而不是“$1”"),
            rule("must be true or false, not '(.*)'", "必须是 true 或 false，而不是“$1”"),
            rule("must be a string, not '(.*)'", "必须是字符串，而不是“$1”"),
            rule("must be an array, not '(.*)'", "必须是数组，而不是“$1”"),
            rule("must be a JSON object, not '(.*)'", "必须是 JSON 对象，而不是“$1”"),
            rule("must be a date \\(YYYY-MM-DD\\) within years 1 to 9999", "必须是日期（YYYY-MM-DD），年份在 1 到 9999 之间"),
            rule("must be a date-time with offset \\(ISO-8601\\) within years 1 to 9999",
                    "必须是带时区偏移的日期时间（ISO-8601），年份在 1 到 9999 之间"),
            rule("must be 1 to (\\d+) visible ASCII characters", "必须为 1 到 $1 个可见 ASCII 字符"),
            rule("must be an event id of this stream", "必须是此事件流的事件编号"),
            rule("must be a 6-digit GB/T 2260 district code", "必须是 6 位 GB/T 2260 行政区划代码"),
            rule("must be an UPPER_SNAKE_CASE category", "必须是大写下划线格式的类别（如 ELDERLY_CARE）"),
            rule("must be CONFIRMED, WAITLISTED, WITHDRAWN or WALK_IN", "必须是 CONFIRMED、WAITLISTED、WITHDRAWN 或 WALK_IN"),
            rule("must be PENDING, ACCEPTED or REJECTED", "必须是 PENDING、ACCEPTED 或 REJECTED"),
            rule("too large", "过大"),
            rule("too long", "过长"),
            rule("larger than (\\d+) bytes", "超过 $1 字节"),
            rule("must not be after to", "不能晚于 to"),
            rule("the range from\\.\\.to may span at most (\\d+) days", "from 到 to 的范围最多 $1 天"),
            rule("the range may span at most (\\d+) days", "范围最多 $1 天"),
            // JSON bodies (common/problem/ProblemMappers)
            rule("must not be nested more than (\\d+) levels deep", "嵌套不能超过 $1 层"),
            rule("must be a number of at most (\\d+) characters", "数字最多 $1 个字符"),
            rule("exceeds a limit of the JSON reader", "超出 JSON 读取的限制"),
            rule("cannot be read", "无法读取"),
            rule("must be an integer from (-?\\d+) to (-?\\d+)", "必须是 $1 到 $2 之间的整数"),
            rule("must be a number from (-?[0-9.]+) to (-?[0-9.]+)", "必须是 $1 到 $2 之间的数"),
            rule("must have at most (\\d+) integer digits and (\\d+) decimals", "最多 $1 位整数、$2 位小数"),
            rule("must be a number with at most (\\d+) integer digits and (\\d+) decimals",
                    "必须是最多 $1 位整数、$2 位小数的数"),
            // registration: ID documents, age, work units (volunteer-service)
            rule("does not match the ID number \\(its 17th digit is odd: male\\)", "与证件号码不一致（第 17 位为奇数：男性）"),
            rule("does not match the ID number \\(its 17th digit is even: female\\)", "与证件号码不一致（第 17 位为偶数：女性）"),
            rule("the address code (\\d+) is not in a province of GB/T 2260 .*",
                    "地址码 $1 不属于 GB/T 2260 的任何省级行政区（前两位必须是省级代码，例如黑龙江为 23）"),
            rule("the birth date inside \\(([0-9-]+)\\) is not plausible", "其中的出生日期（$1）不合理"),
            rule("characters 7-14 must be a real birth date \\(yyyyMMdd\\)", "第 7-14 位必须是真实的出生日期（yyyyMMdd）"),
            rule("is a residence permit number of a Taiwan resident: register it as TAIWAN_PERMIT",
                    "是台湾居民居住证号码：请按 TAIWAN_PERMIT 登记"),
            rule("is a residence permit number of a Hong Kong or Macao resident: register it as HK_MACAO_PERMIT",
                    "是港澳居民居住证号码：请按 HK_MACAO_PERMIT 登记"),
            rule("an 18-digit residence permit of a Hong Kong or Macao resident starts with 810000 \\(Hong Kong\\) or 820000 \\(Macao\\)",
                    "18 位港澳居民居住证号码以 810000（香港）或 820000（澳门）开头"),
            rule("an 18-digit residence permit of a Taiwan resident starts with 830000", "18 位台湾居民居住证号码以 830000 开头"),
            rule("must be a residence permit number \\(18 characters, 810000 or 820000 first\\) or a travel permit number \\(H or M and 8 or 10 digits\\)",
                    "必须是居住证号码（18 位，以 810000 或 820000 开头）或通行证号码（H 或 M 加 8 或 10 位数字）"),
            rule("must be a residence permit number \\(18 characters, 830000 first\\) or a travel permit number \\(8 or 10 digits\\)",
                    "必须是居住证号码（18 位，以 830000 开头）或通行证号码（8 或 10 位数字）"),
            rule("an 18-character foreign permanent resident ID \\(2023\\) starts with 9", "18 位外国人永久居留身份证（2023 版）以 9 开头"),
            rule("characters 2-3 of a foreign permanent resident ID \\(2023\\) must be the issuing province's GB/T 2260 code",
                    "外国人永久居留身份证（2023 版）第 2-3 位必须是签发省份的 GB/T 2260 代码"),
            rule("must be a foreign permanent resident ID: 18 characters starting with 9 \\(2023 card\\) or 3 letters and 12 digits \\(2017 card\\)",
                    "必须是外国人永久居留身份证号码：以 9 开头的 18 位（2023 版）或 3 个字母加 12 位数字（2017 版）"),
            rule("a volunteer under (\\d+) registers only with a guardian's consent.*",
                    "未满 $1 周岁的志愿者须经监护人同意方可注册（监护人姓名、关系、同意书版本）"),
            rule("is not a registered work unit of this district", "不是本区已登记的工作单位"),
            // service records, corrections, deeds, diary (volunteer-service)
            rule("a correction must propose hours or a date that differ from the record", "更正必须提出与记录不同的时长或日期"),
            rule("has a correction waiting for a decision on service record (.+); decide the correction first, or leave the "
                    + "record out of the certificate", "服务记录 $1 有待决定的更正；请先决定该更正，或在证明中不列入该记录"),
            rule("must lie between ([0-9-]+) \\(a year before the record's date\\) and today, ([0-9-]+)",
                    "必须在 $1（记录日期前一年）到今天（$2）之间"),
            rule("a day holds at most 24 verified hours; ([0-9.]+) left on ([0-9-]+)", "每天最多 24 个已核实小时；$2 还剩 $1 小时"),
            rule("must not be in the future", "不能是将来的日期"),
            rule("must be within the last (\\d+) days", "必须在最近 $1 天之内"),
            rule("must be within the last year", "必须在最近一年之内"),
            rule("a day's deeds total at most (\\d+) minutes; ([0-9-]+) has (\\d+) already \\((\\d+) left\\)",
                    "每天的善行合计最多 $1 分钟；$2 已有 $3 分钟（还剩 $4 分钟）"),
            rule("a day's entry holds at most (\\d+) shortcomings", "每天的日记最多记录 $1 条不足"),
            // activities, occurrences, recurrence (activity-service)
            rule("must be after start", "必须晚于开始时间"),
            rule("an occurrence lasts at most 24 hours", "一次活动最长 24 小时"),
            rule("must be in the future", "必须是将来的时间"),
            rule("must not exceed capacity \\((\\d+)\\)", "不能超过名额（$1）"),
            rule("is below the (\\d+) seats already confirmed at the occurrence of ([0-9-]+); at least (\\d+) "
                    + "\\(confirmed seats are never dropped: ask volunteers to withdraw first\\)",
                    "少于 $2 那次活动已确认的 $1 个名额；至少为 $3（已确认的名额不会被取消：请先让志愿者退出）"),
            rule("would create more than (\\d+) occurrences within the horizon", "会在规划期内生成超过 $1 次活动"),
            rule("is not an RFC 5545 RRULE: '(.*)' is not NAME=VALUE", "不是 RFC 5545 重复规则：“$1”不是 名称=值 的形式"),
            rule("is not an RFC 5545 RRULE: unknown part (.+)", "不是 RFC 5545 重复规则：未知的部分 $1"),
            rule("is not an RFC 5545 RRULE: (.+) appears twice", "不是 RFC 5545 重复规则：$1 出现了两次"),
            rule("is not an RFC 5545 RRULE: FREQ is required", "不是 RFC 5545 重复规则：必须给出 FREQ"),
            rule("is not an RFC 5545 RRULE, e\\.g\\. FREQ=WEEKLY;BYDAY=MO,WE", "不是 RFC 5545 重复规则，例如 FREQ=WEEKLY;BYDAY=MO,WE"),
            rule("FREQ=(\\S+) is not allowed: an activity repeats at most daily \\(DAILY, WEEKLY, MONTHLY, YEARLY\\)",
                    "不允许 FREQ=$1：活动最多每天重复一次（DAILY、WEEKLY、MONTHLY、YEARLY）"),
            rule("(\\S+) is not allowed: an activity repeats at most daily, at its start's time of day",
                    "不允许 $1：活动最多每天重复一次，且在开始时间的同一时刻"),
            rule("COUNT must be a whole number of at least 1", "COUNT 必须是不小于 1 的整数"),
            rule("COUNT must be at least 1", "COUNT 必须不小于 1"),
            rule("COUNT and UNTIL must not both be given \\(RFC 5545\\)", "COUNT 和 UNTIL 不能同时给出（RFC 5545）"),
            rule("INTERVAL must be at most (\\d+)", "INTERVAL 最大为 $1"),
            rule("INTERVAL must be a whole number of at least 1", "INTERVAL 必须是不小于 1 的整数"),
            rule("(\\w+) values must be from 1 to (\\d+) or from -(\\d+) to -1", "$1 的值必须在 1 到 $2 或 -$3 到 -1 之间"),
            rule("BYMONTH values must be from 1 to 12", "BYMONTH 的值必须在 1 到 12 之间"),
            rule("BYDAY values must be weekdays MO to SU, optionally after an ordinal from 1 to 53 or from -53 to -1",
                    "BYDAY 的值必须是 MO 到 SU 的星期，前面可带 1 到 53 或 -53 到 -1 的序数"),
            rule("WKST must be a weekday MO to SU", "WKST 必须是 MO 到 SU 中的一个星期"),
            rule("UNTIL must be a date \\(YYYYMMDD\\) or a date-time \\(YYYYMMDDTHHMMSS, optionally ending in Z\\)",
                    "UNTIL 必须是日期（YYYYMMDD）或日期时间（YYYYMMDDTHHMMSS，可以 Z 结尾）"),
            rule("never gives a date on or after the start", "重复规则从开始时间起不会产生任何活动日期"),
            rule("([0-9-]+) \\((\\w+)\\) is not a date of the recurrence rule; its first date from then is ([0-9-]+) \\((\\w+)\\)",
                    "开始时间 $1（$2）不符合重复规则；从那天起规则的第一个日期是 $3（$4）"),
            rule("is not a valid, current check-in code for this occurrence", "不是此次活动当前有效的签到码"),
            // sign-ups, brands (activity-service, brand-service)
            rule("is not a registered volunteer of district (\\d+)", "不是 $1 区已注册的志愿者"),
            rule("is not a registered volunteer of this district", "不是本区已注册的志愿者"),
            rule("is not a registered volunteer of the brand's district", "不是该品牌所在区已注册的志愿者"),
            rule("is not a volunteer service brand of this district", "不是本区的志愿服务品牌"),
            rule("is not a volunteer service group of this district", "不是本区的志愿服务队伍"),
            rule("belongs to another brand", "属于其他品牌"),
            // completions and participant sheets (activity-service)
            rule("is listed twice", "被列出了两次"),
            rule("neither held a confirmed seat at this occurrence nor is a registered volunteer of district (\\d+) \\(walk-ins must be\\)",
                    "既没有此次活动的已确认名额，也不是 $1 区已注册的志愿者（现场参加者必须是）"),
            rule("exceeds the ([0-9.]+) hours on site; give the reason when hours are longer", "超过了在场的 $1 小时；时长更长时请说明理由"),
            rule("ended more than (\\d+) days ago, beyond the back-entry limit", "已结束超过 $1 天，超出了补录期限"),
            rule("is empty; download the template", "是空的；请下载模板"),
            rule("has an unknown column \"(.*)\"; expected (.+) or (.+)", "含有未知的列“$1”；应为 $2 或 $3"),
            rule("names the column \"(.*)\" twice", "两次列出“$1”列"),
            rule("has values on another sheet than the first \\(\"(.*)\"\\); only the first sheet is read: put every participant there and delete or empty the others",
                    "在第一个工作表以外的工作表（“$1”）中有内容；只读取第一个工作表：请把所有参加者填在第一个工作表中，并删除或清空其他工作表"),
            rule("row (\\d+) has a value in column (\\S+), which has no heading; give the column a heading or clear it",
                    "第 $1 行的 $2 列有值，但该列没有列名；请为该列填写列名或清空该列"),
            rule("needs the columns volunteer number or ID number, and hours, in its header line",
                    "表头必须包含志愿者编号或证件号码列，以及时长列"),
            rule("has no participant rows", "没有参与者行"),
            rule("has (\\d+) rows; at most (\\d+)", "有 $1 行；最多 $2 行"),
            rule("is neither UTF-8 CSV nor XLSX \\(save the sheet as CSV UTF-8 or \\.xlsx\\)",
                    "既不是 UTF-8 CSV 也不是 XLSX（请将表格另存为 CSV UTF-8 或 .xlsx）"),
            rule("is not a readable CSV file \\(a quoted cell is not closed, or text follows its closing quote\\); save the sheet as CSV UTF-8 or \\.xlsx",
                    "不是可读的 CSV 文件（有引号单元格未闭合，或闭合引号后还有文字）；请将表格另存为 CSV UTF-8 或 .xlsx"),
            rule("the workbook is too large or too compressed; save the sheet as CSV UTF-8, or as \\.xlsx with fewer rows",
                    "工作簿过大或压缩率过高；请另存为 CSV UTF-8，或减少行数后另存为 .xlsx"),
            rule("is not a readable XLSX or UTF-8 CSV file", "不是可读的 XLSX 或 UTF-8 CSV 文件"),
            rule("is required: give the volunteer number or the ID number", "必填：请给出志愿者编号或证件号码"),
            rule("is required", "必填"),
            rule("is not an ID number \\(5 to 32 letters and digits\\)", "不是证件号码（5 到 32 位字母或数字）"),
            rule("is not the ID number of a registered volunteer of district (\\d+)", "不是 $1 区已注册志愿者的证件号码"),
            rule("belongs to another volunteer than the volunteer number of this row", "属于与本行志愿者编号不同的另一位志愿者"),
            rule("names a volunteer already listed in row (\\d+)", "与第 $1 行是同一位志愿者"),
            rule("must be a number of hours such as 2\\.5", "必须是小时数，例如 2.5"),
            rule("must be more than 0 and at most 24, with at most 2 decimals", "必须大于 0 且不超过 24，最多两位小数"),
            // the HTTP layer (common/rest/HttpRefusals, RequestTextGuard)
            rule("not an allowed origin", "不是允许的来源"),
            rule("is not a number", "不是数字"),
            rule("longer than (\\d+) characters", "超过 $1 个字符"),
            rule("incomplete percent escape", "百分号转义不完整"),
            rule("bad percent escape", "百分号转义无效"),
            rule("is not well-formed UTF-8 \\(percent-encoded bytes\\)", "不是格式正确的 UTF-8（百分号编码的字节）"),
            rule("contains a control character \\((U\\+[0-9A-F]+)\\)", "含有控制字符（$1）"),
            rule("contains a bidirectional control character \\((U\\+[0-9A-F]+)\\)", "含有双向控制字符（$1）"));

    /** Details (the occurrence's account) said the same way in many refusals: English pattern (whole) and its Chinese. */
    private static final List<Rule> DETAILS_ZH = List.of(
            rule("Your role does not allow this call", "您的角色不允许此调用"),
            rule("You may act only inside your own district", "您只能在本区范围内操作"),
            rule("Only the volunteer, the office of their district and the city may report an error in this volunteer's "
                    + "service record", "只有志愿者本人、其所在区的管理部门和市级管理员可以报告此志愿者服务记录中的错误"),
            rule("Only the organizer who recorded the activity, its district office or the city decides",
                    "只有录入该活动的组织者、其所在区的管理部门或市级管理员可以决定此更正"),
            rule("You entered this correction; another organizer or office account decides it \\(four eyes\\)",
                    "此更正由您录入，须由另一位组织者或管理部门账号决定（四眼原则）"),
            rule("This is your own service record; another organizer or office account decides its corrections \\(four eyes\\)",
                    "这是您本人的服务记录，其更正须由另一位组织者或管理部门账号决定（四眼原则）"),
            rule("Send a valid bearer token from the volunteer-network realm", "请发送 volunteer-network 域签发的有效 Bearer 令牌"),
            rule("No (.+) with id (\\S+)", "找不到 id 为 $2 的对象"),
            rule("If-Match does not match the current version (\\d+); read it again and retry",
                    "If-Match 与当前版本 $1 不符；请重新读取后再试"),
            rule("Someone else changed this resource at the same time; read it again and retry", "其他人同时修改了此资源；请重新读取后再试"),
            rule("This conflicts with data that already exists", "与已存在的数据冲突"),
            rule("The request could not be completed", "请求未能完成"),
            rule("The body is not valid JSON at line (\\d+), column (\\d+)", "请求体不是有效的 JSON（第 $1 行第 $2 列）"),
            rule("The body is not valid JSON", "请求体不是有效的 JSON"),
            rule("The body cannot be read as JSON", "请求体无法作为 JSON 读取"),
            rule("Unknown field (.+)", "未知字段 $1"),
            rule("(.+) is given more than once", "$1 重复给出"),
            rule("The request body is larger than accepted", "请求体超过上限"),
            rule("The request body has (\\d+) bytes; at most (\\d+) are accepted", "请求体有 $1 字节；最多接受 $2 字节"),
            rule("The request headers have (\\d+) bytes; at most (\\d+) are accepted", "请求头有 $1 字节；最多接受 $2 字节"),
            rule("The request target has (\\d+) characters; at most (\\d+) are accepted", "请求地址有 $1 个字符；最多接受 $2 个"),
            // the framework's own 404 for an unknown path, in common/rest/HttpWords' words
            rule("There is nothing at this path; see the API's OpenAPI document for its paths",
                    "此路径下没有任何资源；请查阅本接口的 OpenAPI 文档了解可用路径"),
            // the HTTP layer (HttpWords: 405, 406, 415), If-Match (428), idempotency, demo facility
            rule("(\\S+) is not supported here; this path supports no method", "此路径不支持 $1，也不支持任何其他方法"),
            rule("(\\S+) is not supported here; this path supports (.+)", "此路径不支持 $1；它支持的方法：$2"),
            rule("Content-Type (.+) is not accepted here; send (.+)", "此处不接受 Content-Type $1；请发送 $2"),
            rule("Accept (.+) cannot be answered here; this answers (.+)", "此处无法按 Accept $1 作答；此处的回答格式为 $2"),
            rule("Send the ETag of the version you read as If-Match, so that concurrent changes are not lost",
                    "请在 If-Match 中发送您读取的版本的 ETag，以免丢失并发的修改"),
            rule("If-Match: \\* is not enough here: send the ETag of the version you read, so that concurrent changes are not lost",
                    "此处 If-Match: * 不够：请发送您读取的版本的 ETag，以免丢失并发的修改"),
            rule("A request with this Idempotency-Key is still being processed; retry shortly", "使用此 Idempotency-Key 的请求仍在处理中，请稍后重试"),
            rule("This Idempotency-Key was used for a different request; use a new key for a new request",
                    "此 Idempotency-Key 已用于另一个请求；新的请求请使用新的键"),
            rule("The demo facility is off", "演示功能未开启"),
            rule("(.+) answered 201 without Location", "$1 返回了 201 但没有给出 Location（服务的缺陷）"),
            rule("No calendar feed at this address", "此地址没有日历订阅"),
            // who may do what (403)
            rule("Only the volunteer, the office of their district and the city may see this",
                    "只有志愿者本人、其所在区的管理部门和市级管理员可以查看此内容"),
            rule("Only the volunteer and the office of their district may change this profile", "只有志愿者本人和其所在区的管理部门可以修改此资料"),
            rule("Only the volunteer and the office of their district may ask for this volunteer's certificate",
                    "只有志愿者本人和其所在区的管理部门可以申请此志愿者的证明"),
            rule("Only the volunteer and the office of their district may read this volunteer's certificates",
                    "只有志愿者本人和其所在区的管理部门可以查看此志愿者的证明"),
            rule("Only the volunteer may do this", "只有志愿者本人可以这样做"),
            rule("A real name is corrected only by the office of the volunteer's district", "真实姓名只能由志愿者所在区的管理部门更正"),
            rule("A volunteer registers in the district of their own account", "志愿者只能在本人账号所属的区注册"),
            rule("Your account has no district", "您的账号没有所属区"),
            rule("Claim codes are created by the office of the volunteer's district", "认领码由志愿者所在区的管理部门创建"),
            rule("Only organizers and the office of the activity's district do this", "只有组织者和活动所在区的管理部门可以这样做"),
            rule("Only organizers and the office of the activity's district record it", "只有组织者和活动所在区的管理部门可以录入"),
            rule("Only organizers and the office of the activity's district sign volunteers up", "只有组织者和活动所在区的管理部门可以为志愿者报名"),
            rule("Only organizers and the office of the activity's district read its roster", "只有组织者和活动所在区的管理部门可以查看其名单"),
            rule("Only organizers, brand leaders and the office of the activity's district change it",
                    "只有组织者、品牌负责人和活动所在区的管理部门可以修改"),
            rule("A brand leader changes only the activities of a brand they lead", "品牌负责人只能修改其负责的品牌的活动"),
            rule("A brand leader schedules activities under a brand they lead", "品牌负责人只能在其负责的品牌下安排活动"),
            rule("A volunteer's calendar is theirs alone", "志愿者的日历只属于本人"),
            rule("Only a leader of this brand or its district office forms its groups", "只有本品牌的负责人或其所在区的管理部门可以组建小组"),
            rule("Only the group's leader or a leader of its brand decides on members", "只有小组负责人或其品牌的负责人可以决定成员"),
            rule("A brand's report is for its leaders, its district office and analysts", "品牌报告仅供其负责人、所在区的管理部门和分析人员查看"),
            rule("A volunteer's year is shown to that volunteer alone", "志愿者的年度总结只向本人显示"),
            rule("A district office reads only its own district's report", "区管理部门只能查看本区的报告"),
            rule("A work unit's report is for its district office and analysts", "单位报告仅供其所在区的管理部门和分析人员查看"),
            rule("Register as a volunteer first \\(or wait a moment after registering\\)", "请先注册为志愿者（或在注册后稍等片刻）"),
            // the state of a resource (409, 410, 422)
            rule("A volunteer with this ID number is already registered", "此证件号码的志愿者已注册"),
            rule("This account already has a volunteer registration", "此账号已有志愿者注册"),
            rule("This account has no volunteer registration yet", "此账号尚未注册为志愿者"),
            rule("There are no service records to certify yet", "还没有可证明的服务记录"),
            rule("No claim code matches; check it with the district office", "没有相符的认领码；请向区管理部门核实"),
            rule("This claim code has been used already", "此认领码已被使用"),
            rule("This claim code was replaced by a newer one; ask the district office for it", "此认领码已被新的认领码取代；请向区管理部门索取"),
            rule("This claim code expired; ask the district office for a new one", "此认领码已过期；请向区管理部门索取新的认领码"),
            rule("This volunteer's record is already linked to an account", "此志愿者的档案已关联到一个账号"),
            rule("(\\S+) would bring the verified hours of ([0-9-]+) to ([0-9.]+); a day holds at most 24 \\(([0-9.]+) left\\)",
                    "$1 会使 $2 的已核实时长达到 $3 小时；每天最多 24 小时（还剩 $4 小时）"),
            rule("This correction was already accepted", "此更正已被接受"),
            rule("This correction was already rejected", "此更正已被拒绝"),
            rule("This record already has a correction waiting for a decision", "此记录已有一项等待决定的更正"),
            rule("A deed is withdrawn on its entry's day and the next; ([0-9-]+) is closed", "善行只能在其日记当天和次日撤回；$1 已关闭"),
            rule("An entry is written and edited on its day and the next; ([0-9-]+) is closed", "日记只能在当天和次日填写和修改；$1 已关闭"),
            rule("No work unit (.+) is registered in district (\\d+) \\(brand-service's POST /api/v1/work-units\\)",
                    "$2 区没有登记单位 $1（由 brand-service 的 POST /api/v1/work-units 登记）"),
            rule("Attendance is taken from an hour before the start to three hours after the end", "签到时间为开始前一小时至结束后三小时"),
            rule("Check in before checking out", "请先签到再签退"),
            rule("Only volunteers with a confirmed seat check in", "只有已确认名额的志愿者可以签到"),
            rule("(\\d+) problem\\(s\\) in the sheet; fix them and upload it again", "表格中有 $1 个问题；请修正后重新上传"),
            rule("The volunteers of the sheet cannot be looked up in volunteer-service at the moment; nothing was recorded, upload the sheet again shortly",
                    "暂时无法在 volunteer-service 中查找表格中的志愿者；没有记录任何内容，请稍后重新上传表格"),
            rule("This occurrence is already completed with other participants or hours; a recorded service record is corrected through a correction, not a new sheet",
                    "此次活动已以其他参与者或时长完成录入；已录入的服务记录请通过更正修改，而不是上传新表格"),
            rule("(\\d+) volunteer\\(s\\) checked in: complete the occurrence with them", "已有 $1 位志愿者签到：请以他们完成此次活动的录入"),
            rule("An occurrence is recorded after it ends", "活动结束后才能录入"),
            rule("This occurrence is already completed", "此次活动已完成"),
            rule("This occurrence is already cancelled", "此次活动已取消"),
            rule("This occurrence is already held with nobody", "此次活动已记录为无人参加"),
            rule("You are already confirmed for this occurrence", "您已确认参加此次活动"),
            rule("You are already waitlisted for this occurrence", "您已在此次活动的候补名单中"),
            rule("You are already walk_in for this occurrence", "您已作为现场参加者登记在此次活动中"),
            rule("The volunteer is already confirmed for this occurrence", "该志愿者已确认参加此次活动"),
            rule("The volunteer is already waitlisted for this occurrence", "该志愿者已在此次活动的候补名单中"),
            rule("The volunteer is already walk_in for this occurrence", "该志愿者已作为现场参加者登记在此次活动中"),
            rule("You are already holding a confirmed seat at an occurrence at the same time", "您已在同一时间的另一次活动中有确认的名额"),
            rule("The volunteer is already holding a confirmed seat at an occurrence at the same time", "该志愿者已在同一时间的另一次活动中有确认的名额"),
            rule("Sign-up is open only until a scheduled occurrence starts", "报名只开放到已安排的活动开始为止"),
            rule("The occurrence has started; ask the organizer instead", "活动已开始；请联系组织者"),
            rule("The organizer has closed sign-up for this activity", "组织者已关闭此活动的报名"),
            rule("Volunteers' names cannot be read from volunteer-service at the moment; try again shortly \\(the JSON roster answers without names\\)",
                    "暂时无法从 volunteer-service 读取志愿者姓名；请稍后再试（JSON 格式的名单不含姓名）"),
            rule("Another occurrence of this activity starts at that time", "此活动的另一场次在该时间开始"),
            rule("Only a scheduled occurrence can be cancelled; this one is completed", "只能取消已安排的活动；此次活动已完成"),
            rule("Only a scheduled occurrence can be cancelled; this one is cancelled", "只能取消已安排的活动；此次活动已取消"),
            rule("Only a scheduled occurrence can be cancelled; this one is held with nobody", "只能取消已安排的活动；此次活动已记录为无人参加"),
            rule("Only a scheduled occurrence that has not started can be changed", "只能修改尚未开始的已安排活动"),
            rule("A brand keeps at least one leader: appoint another first", "品牌至少要有一位负责人：请先任命另一位"),
            rule("A leader must be a registered volunteer of the brand's district (\\d+)", "负责人必须是该品牌所在的 $1 区已注册的志愿者"),
            rule("District (\\d+) already has a brand of that name", "$1 区已有同名的品牌"),
            rule("District (\\d+) already has a work unit of that name", "$1 区已有同名的单位"),
            rule("That organization has already joined this brand", "该组织已加入本品牌"),
            rule("That volunteer already leads this brand", "该志愿者已是本品牌的负责人"),
            rule("The founder must be a registered volunteer of district (\\d+)", "创建人必须是 $1 区已注册的志愿者"),
            rule("The group leader must be a registered volunteer of district (\\d+)", "小组负责人必须是 $1 区已注册的志愿者"),
            rule("This brand already has a group of that name", "本品牌已有同名的小组"),
            rule("Only volunteers of district (\\d+) join this group", "只有 $1 区的志愿者可以加入此小组"),
            rule("The group's leader stays a member; name another leader first", "小组负责人必须是成员；请先指定另一位负责人"),
            rule("This request was already answered: approved", "此申请已有答复：已批准"),
            rule("This request was already answered: declined", "此申请已有答复：已拒绝"),
            rule("This request was already answered: left", "此申请已有答复：已退出"),
            rule("This request was already answered: removed", "此申请已有答复：已被移出"),
            rule("You are already a member of this group", "您已是此小组的成员"),
            rule("You are already waiting for an answer from this group", "您已在等待此小组的答复"),
            rule("A rebuild is running: (\\S+)", "重建正在进行：$1"),
            rule("At most (\\d+) calls of (\\S+) per (\\S+) for one caller; retry after (\\d+) s",
                    "每位调用者每 $3 最多调用 $2 $1 次；请在 $4 秒后重试"),
            rule("Origin (\\S+) may not call this API from a browser \\(it is not one of the allowed origins\\)",
                    "来源 $1 不能从浏览器调用此接口（它不在允许的来源之中）"));

    private static final String BODY_MUST_BE = "The body must be ";

    /** A character's place inside a message ({@code (U+1F600 at position 3)}), said in Chinese by every rule. */
    private static final Pattern POSITION = Pattern.compile(" ?\\((U\\+[0-9A-F]{4,6}) at position (\\d+)\\)");

    private static Rule rule(String english, String chinese) {
        // anchored: replaceFirst finds rather than matches, and must take the whole message as matches() did
        return new Rule(Pattern.compile("^(?:" + english + ")$"), chinese);
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
                return weekdays(POSITION.matcher(matcher.replaceFirst(Matcher.quoteReplacement(rule.chinese()).replace("\\$", "$")))
                        .replaceAll("（第 $2 个字符 $1）"));
            }
        }
        return message;
    }

    private static final Map<String, String> WEEKDAYS_ZH = Map.of("Monday", "星期一", "Tuesday", "星期二", "Wednesday", "星期三",
            "Thursday", "星期四", "Friday", "星期五", "Saturday", "星期六", "Sunday", "星期日");
    private static final Pattern WEEKDAY = Pattern.compile("（(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)）");

    /** A weekday a message captured ({@code 2026-12-20 (Sunday)}), said in Chinese. */
    private static String weekdays(String rendering) {
        return WEEKDAY.matcher(rendering).replaceAll(day -> "（" + WEEKDAYS_ZH.get(day.group(1)) + "）");
    }

    /** The problem with its title and field messages in this language. */
    public Problem localize(Problem problem) {
        if (this == EN) {
            return problem;
        }
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), message(e.message()))).toList();
        return new Problem(problem.type(), title(problem.type(), problem.title()), problem.status(),
                detail(problem.detail(), problem.errors(), errors), problem.instance(), errors);
    }

    /**
     * The detail in this language: a detail made of the field messages ({@code "hours: must be ..."}, {@code "hours must
     * be ..."}, several joined by {@code "; "}, as ProblemException.invalid and the mappers write it) is written again
     * from the translated messages ({@code "hours：..."}); a detail the catalogue of details knows is translated whole;
     * any other stays as written.
     */
    String detail(String detail, List<Problem.FieldError> english, List<Problem.FieldError> translated) {
        if (this == EN || detail == null) {
            return detail;
        }
        if (english != null && !english.isEmpty()) {
            for (String separator : List.of(": ", " ")) {
                StringBuilder made = new StringBuilder();
                StringBuilder zh = new StringBuilder();
                for (int i = 0; i < english.size(); i++) {
                    made.append(i == 0 ? "" : "; ").append(english.get(i).field()).append(separator).append(english.get(i).message());
                    zh.append(i == 0 ? "" : "；").append(english.get(i).field()).append("：").append(translated.get(i).message());
                }
                if (made.toString().equals(detail)) {
                    return zh.toString();
                }
            }
        }
        if (detail.startsWith(BODY_MUST_BE)) { // ProblemMappers: "The body must be " + the expected type's description
            String message = message(detail.substring("The body ".length()));
            return message.equals(detail.substring("The body ".length())) ? detail : "请求体" + message;
        }
        for (Rule rule : DETAILS_ZH) {
            Matcher matcher = rule.english().matcher(detail);
            if (matcher.matches()) {
                // the captured lists of HttpWords ("application/json or text/csv", "(none)") in Chinese words too
                return matcher.replaceFirst(Matcher.quoteReplacement(rule.chinese()).replace("\\$", "$"))
                        .replace(" or ", " 或 ").replace("(none)", "（未给出）");
            }
        }
        return detail;
    }
}
