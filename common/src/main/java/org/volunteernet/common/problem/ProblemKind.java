package org.volunteernet.common.problem;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of refusal the network answers, once: its HTTP status, the stable {@code type} URI
 * clients key on ({@code urn:volunteernet:problem:<slug>}), and its title in English and
 * Simplified Chinese (the {@code title} follows {@code Accept-Language}, see ProblemLanguage).
 * A new kind is added here, never as a string at the place that refuses.
 */
public enum ProblemKind {
    VALIDATION(400, "validation", "Request is not valid", "请求无效"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON", "JSON 格式错误"),
    BAD_REQUEST(400, "bad-request", "Bad request", "错误的请求"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required", "需要身份认证"),
    FORBIDDEN(403, "forbidden", "Not allowed", "无权执行此操作"),
    /**
     * Four eyes: the caller may decide such things, but not this one, which they entered themself or which concerns
     * their own record (a correction entered on a volunteer's behalf is decided by someone else).
     */
    FOUR_EYES(403, "four-eyes", "Another person must decide", "须由另一人决定"),
    NOT_FOUND(404, "not-found", "Not found", "未找到"),
    NOT_REGISTERED(404, "not-registered", "Not registered", "尚未注册为志愿者"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "不支持该请求方法"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable", "无法提供所要求的格式"),
    CONFLICT(409, "conflict", "Conflicts with the current state", "与当前状态冲突"),
    DIARY_CLOSED(409, "diary-closed", "Diary entry closed", "日记已关闭"),
    SEAT_CLASH(409, "seat-clash", "Conflicts with the current state", "与已确认的名额时间冲突"),
    GONE(410, "gone", "No longer valid", "已失效"),
    STALE_VERSION(412, "stale-version", "The resource has changed", "资源已被修改"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large", "请求体过大"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "请求地址过长"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "不支持的媒体类型"),
    RULE_VIOLATED(422, "rule-violated", "Request breaks a rule", "请求违反规则"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused", "幂等键已用于其他请求"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required", "需要 If-Match 请求头"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests", "请求过于频繁"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large", "请求头过大"),
    INTERNAL(500, "internal", "Internal error", "内部错误"),
    DOCUMENT_FONT_MISSING(503, "document-font-missing", "Documents cannot be rendered", "暂时无法生成文档"),
    /** Another service of the network that this answer needs did not answer in time (e.g. the volunteer directory). */
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service this answer needs is unavailable", "所需的服务暂时不可用");

    private static final Map<String, ProblemKind> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemKind::slug, Function.identity()));

    private final int status;
    private final String slug;
    private final String title;
    private final String titleZh;

    ProblemKind(int status, String slug, String title, String titleZh) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.titleZh = titleZh;
    }

    public int status() {
        return status;
    }

    /** The last part of the {@code type} URI. */
    public String slug() {
        return slug;
    }

    /** The {@code type} URI: stable, what clients key on. */
    public String type() {
        return Problem.TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public String titleZh() {
        return titleZh;
    }

    /** The kind whose {@code type} URI this is; null for a type that is not ours. */
    public static ProblemKind ofType(String type) {
        return type == null || !type.startsWith(Problem.TYPE_PREFIX) ? null : BY_SLUG.get(type.substring(Problem.TYPE_PREFIX.length()));
    }

    /**
     * The generic kind of a status the HTTP layer answered (routing, content negotiation, limits):
     * the kind of that status, else bad-request for a 4xx and internal for anything else.
     */
    public static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> STALE_VERSION;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATED;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
