package org.volunteernet.common.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a document prints for the network's codes: one table per vocabulary, each code with its Simplified
 * Chinese and English label, picked by {@link DocumentLanguage} as every other text of a document is. The one place
 * these labels live: CSV and XLSX exports, PDF certificates and sign-in sheets all ask here, never a table of their
 * own.
 *
 * <p>The codes are contract values (JSON fields, event fields such as {@code WorkUnitRegistered.kind} and
 * {@code ActivityCompleted.serviceCategory}); machine-readable answers keep them, only documents meant for people
 * print the label. A code the table does not know (a newer producer's, or a free category) is printed as the code
 * itself, never an error. For a closed vocabulary (an enum of a service) a unit test of that service checks that every
 * constant has its labels here, so a constant added without them fails the build.
 *
 * <pre>{@code
 * Vocabulary.WORK_UNIT_KIND.label("ENTERPRISE", DocumentLanguage.ZH)   // 企业
 * Vocabulary.WORK_UNIT_KIND.label("ENTERPRISE", DocumentLanguage.EN)   // Enterprise
 * Vocabulary.WORK_UNIT_KIND.label("SPACESHIP", DocumentLanguage.ZH)    // SPACESHIP
 * }</pre>
 */
public enum Vocabulary {

    /**
     * Kinds of work unit (brand-service's {@code WorkUnitKind}, {@code WorkUnitRegistered.kind}); closed. Labels as a
     * table cell shows them.
     */
    WORK_UNIT_KIND(table(
            "GOVERNMENT_OFFICE", "机关", "Government office",
            "ENTERPRISE", "企业", "Enterprise",
            "SCHOOL", "学校", "School",
            "HOSPITAL", "医院", "Hospital",
            "MILITARY_UNIT", "部队", "Military unit",
            "COMMUNITY", "社区", "Community",
            "OTHER", "其他", "Other")),

    /**
     * Service categories of activities and service records ({@code serviceCategory}); open (any UPPER_SNAKE_CASE code
     * is accepted), so a code not listed is printed as given. English in lower case: the certificate writes them
     * inside a sentence ("elderly care, environment: ...").
     */
    SERVICE_CATEGORY(table(
            "ENVIRONMENT", "环境保护", "environment",
            "ELDERLY_CARE", "敬老助老", "elderly care",
            "EDUCATION", "助学支教", "education",
            "COMMUNITY", "社区服务", "community service",
            "HEALTH", "医疗卫生", "health",
            "CULTURE", "文化服务", "culture",
            "EMERGENCY", "应急救援", "emergency relief",
            "DISABILITY", "助残服务", "disability support",
            "CHILDREN", "关爱儿童", "children",
            "POVERTY_RELIEF", "扶贫济困", "poverty relief",
            "PUBLIC_SAFETY", "平安建设", "public safety",
            "SPORTS", "体育服务", "sports",
            "CIVILIZATION", "文明实践", "civic practice")),

    /** A sign-up's status on a roster (activity-service's {@code SignupStatus}); closed. */
    SIGNUP_STATUS(table(
            "CONFIRMED", "已确认", "Confirmed",
            "WAITLISTED", "候补", "Waitlisted",
            "WITHDRAWN", "已退出", "Withdrawn",
            "WALK_IN", "现场参加", "Walk-in")),

    /**
     * Why the hours certified in a participant's service record differ from those recorded at completion, on a roster
     * (activity-service's {@code CertifiedDifference}); closed.
     */
    CERTIFIED_DIFFERENCE(table(
            "DAILY_LIMIT", "当日累计超过24小时，已核减", "Capped at the daily limit",
            "CORRECTED", "已按更正修改", "Corrected"));

    /** A code's words: Simplified Chinese and English. */
    public record Label(String zh, String en) {

        /** The label in the language. */
        public String in(DocumentLanguage language) {
            return language.pick(zh, en);
        }
    }

    private final Map<String, Label> labels;

    Vocabulary(Map<String, Label> labels) {
        this.labels = labels;
    }

    /**
     * The label of {@code code} in the language; the code itself when the table does not know it (a newer producer's
     * code is shown, not refused); {@code null} for {@code null} (an empty cell).
     */
    public String label(String code, DocumentLanguage language) {
        if (code == null) {
            return null;
        }
        Label label = labels.get(code);
        return label == null ? code : label.in(language);
    }

    /** The label of an enum constant by its name, as {@link #label(String, DocumentLanguage)}. */
    public String label(Enum<?> code, DocumentLanguage language) {
        return code == null ? null : label(code.name(), language);
    }

    /** The labels of {@code code}, empty when the table does not know it. */
    public Optional<Label> find(String code) {
        return Optional.ofNullable(code == null ? null : labels.get(code));
    }

    /** Every code with labels, in the table's order. */
    public Set<String> codes() {
        return labels.keySet();
    }

    /** code, zh, en, code, zh, en, ... in order. */
    private static Map<String, Label> table(String... triples) {
        if (triples.length % 3 != 0) {
            throw new IllegalArgumentException("a vocabulary is written as code, Chinese, English triples");
        }
        Map<String, Label> table = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            if (table.put(triples[i], new Label(triples[i + 1], triples[i + 2])) != null) {
                throw new IllegalArgumentException("the code " + triples[i] + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
