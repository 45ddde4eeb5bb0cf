package org.volunteernet.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every field message the four services and common write in English has a Chinese rendering in ProblemLanguage
 * (README: field messages follow the answer's language, whole). The messages are found in the sources of every
 * module (each module's {@code src/main/java}) where refusals are made: {@code ProblemException.invalid(field, "...")},
 * {@code ruleViolated(field, "...", ...)}, {@code new Problem.FieldError(field, "...")}, a local {@code invalid("...")},
 * {@code rule(field, "...")}, {@code unknown(field, "...")} or {@code error(row, column, "...")} helper, a reason given as
 * {@code Optional.of("...")} or {@code new IllegalArgumentException("...")}, a {@code message = "..."} of a constraint annotation and a {@code String message = "..."} built for one.
 * Each message expression becomes a sample: its string literals as written, every other operand of a concatenation
 * as {@code 1} (a count, a date, a name: the rules capture such parts), each branch of a {@code ?:} on its own.
 * A sample the catalogue leaves in English (no CJK character in the rendering) fails the test, with its place.
 */
@Tag("unit")
class EveryMessageHasChineseTest {

    private static final Pattern CALL = Pattern.compile(
            "(?:ProblemException\\.invalid|ruleViolated|Problem\\.FieldError|\\binvalid|\\browProblem|\\bproblem|\\berror|\\brule"
                    + "|\\brefuse|\\bunknown|Optional\\.of|new IllegalArgumentException)\\s*\\(|"
                    + "\\bmessage\\s*=\\s*(?=\")|String message\\s*=\\s*(?=\")");
    /**
     * Files whose IllegalArgumentExceptions are faults of the code or of the set-up (a signing key, a calendar file, a
     * table's shape), never a refusal a client reads.
     */
    private static final List<String> INTERNAL = List.of("PdfSigner.java", "PdfDocument.java", "TextLayout.java",
            "WorkingCalendar.java", "Seats.java", "Vocabulary.java");
    /** Marks a sample from an IllegalArgumentException. */
    private static final String ILLEGAL = "\u0002";
    /** Where a sample has an operand that is not a literal. */
    private static final String OTHER = "\u0001";
    /** Samples of "must be " + a description of the expected type (ProblemMappers, QueryParameters). */
    private static final List<String> DESCRIBED = List.of("must be " + OTHER, "must be " + OTHER + ", not '" + OTHER + "'",
            "must be " + OTHER + " within years 1 to 9999");

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void everyEnglishFieldMessageOfTheServicesHasAChineseRendering() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("volunteer-service"))) {
            root = root.getParent(); // run from common/
        }
        List<String> missing = new ArrayList<>();
        int samples = 0;
        for (String module : List.of("common", "volunteer-service", "activity-service", "brand-service", "reporting-service")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as("the sources of " + module).isDirectory();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                String text = Files.readString(file);
                for (String sample : samples(text)) {
                    samples++;
                    // an operand that is no literal stands as 1 (a count, a date) or, failing that, as nothing (" at line 3")
                    if (DESCRIBED.contains(sample)) {
                        continue; // "must be " + a type's description: every description is checked below
                    }
                    if (INTERNAL.stream().anyMatch(file::endsWith) && sample.startsWith(ILLEGAL)) {
                        continue;
                    }
                    sample = sample.replace(ILLEGAL, "");
                    if (!chinese(ProblemLanguage.ZH_CN.message(sample.replace(OTHER, "1")))
                            && !chinese(ProblemLanguage.ZH_CN.message(sample.replace(OTHER, "")))) {
                        missing.add(root.relativize(file) + ": " + sample.replace(OTHER, "1"));
                    }
                }
            }
        }
        assertThat(samples).as("messages found in the sources").isGreaterThan(100);
        assertThat(missing).as("English field messages without a Chinese rendering in ProblemLanguage").isEmpty();
    }

    /**
     * The details (the occurrence's own account) that refusals write are Chinese in a Chinese answer too: each detail
     * given as a literal to {@code ProblemException.forbidden/conflict/unprocessable/ruleViolated}, {@code new
     * ProblemException(kind, "...", ...)} (or {@code super(kind, "...", ...)} of a subclass), {@code new Problem(type, title, status, "...", ...)} or a mapper's {@code
     * problem(kind, "...", ...)} is either made of a field and its message ({@code "hours must be ..."}, translated as
     * the field messages are) or known to the catalogue of details. Finding: 403, 409, 422 and 428 details were left in
     * English because only field messages were looked for.
     */
    @Test
    void everyEnglishDetailOfTheServicesHasAChineseRendering() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("volunteer-service"))) {
            root = root.getParent();
        }
        List<String> missing = new ArrayList<>();
        int samples = 0;
        for (String module : List.of("common", "volunteer-service", "activity-service", "brand-service", "reporting-service")) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                for (String sample : details(Files.readString(file))) {
                    samples++;
                    if (FIELD_AND_ANY_MESSAGE.matcher(sample).matches()) {
                        continue; // a field and a message made elsewhere: the field messages are checked above
                    }
                    if (file.endsWith("HttpRefusals.java") && sample.equals("Not Found")) {
                        continue; // the 404 of an unknown path: its words are another change's (lane loc)
                    }
                    List<String> values = WORDS_PUT_IN.get(sample.replace(OTHER, "1"));
                    if (values != null) {
                        values.stream().filter(v -> !chinese(ProblemLanguage.ZH_CN.detail(v, null, null)))
                                .forEach(v -> missing.add(file.getFileName() + ": " + v));
                        continue;
                    }
                    if (!chinese(ProblemLanguage.ZH_CN.detail(sample.replace(OTHER, "1"), null, null))
                            && !chinese(ProblemLanguage.ZH_CN.detail(sample.replace(OTHER, ""), null, null))
                            && !fieldAndMessage(sample.replace(OTHER, "1"))
                            && !fieldAndMessage(sample.replace(OTHER, ""))) {
                        missing.add(root.relativize(file) + ": " + sample.replace(OTHER, "1"));
                    }
                }
            }
        }
        assertThat(samples).as("details found in the sources").isGreaterThan(50);
        assertThat(missing).as("English details without a Chinese rendering in ProblemLanguage").isEmpty();
    }

    private static final Pattern DETAIL_CALL = Pattern.compile(
            "(?:\\bforbidden|\\bgone|\\bsuper|\\bconflict|\\bunprocessable|\\bruleViolated|new ProblemException|new Problem|\\bproblem)\\s*\\(");

    /**
     * Details that put words of the code in (a status in lower case, an action, who): every detail they can make. A new
     * status or action must be added here, and to the catalogue.
     */
    private static final java.util.Map<String, List<String>> WORDS_PUT_IN = java.util.Map.of(
            "The body must be 1", List.of("The body must be a JSON object", "The body must be an array", "The body must be a string"),
            "Only the volunteer and the office of their district may 1", List.of(
                    "Only the volunteer and the office of their district may change this profile",
                    "Only the volunteer and the office of their district may ask for this volunteer's certificate",
                    "Only the volunteer and the office of their district may read this volunteer's certificates"),
            "Only the volunteer, the office of their district and the city may 1", List.of(
                    "Only the volunteer, the office of their district and the city may see this",
                    "Only the volunteer, the office of their district and the city may report an error in this volunteer's service record"),
            "This correction was already 1", List.of("This correction was already accepted", "This correction was already rejected"),
            "This occurrence is already 1", List.of("This occurrence is already completed", "This occurrence is already cancelled",
                    "This occurrence is already held with nobody"),
            "1 already 1 for this occurrence", List.of("You are already confirmed for this occurrence",
                    "You are already waitlisted for this occurrence", "You are already walk_in for this occurrence",
                    "The volunteer is already confirmed for this occurrence", "The volunteer is already waitlisted for this occurrence",
                    "The volunteer is already walk_in for this occurrence"),
            "1 already holding a confirmed seat at an occurrence at the same time", List.of(
                    "You are already holding a confirmed seat at an occurrence at the same time",
                    "The volunteer is already holding a confirmed seat at an occurrence at the same time"),
            "Only a scheduled occurrence can be cancelled; this one is 1", List.of(
                    "Only a scheduled occurrence can be cancelled; this one is completed",
                    "Only a scheduled occurrence can be cancelled; this one is cancelled",
                    "Only a scheduled occurrence can be cancelled; this one is held with nobody"),
            "This request was already answered: 1", List.of("This request was already answered: approved",
                    "This request was already answered: declined", "This request was already answered: left",
                    "This request was already answered: removed"));

    /** {@code field + ": " + message}, {@code field + " " + message}, {@code field + " must be " + description}. */
    private static final Pattern FIELD_AND_ANY_MESSAGE = Pattern.compile("(?:[\\w.]+|" + OTHER + ")(?::? | must be )" + OTHER);

    /** A detail written as a field and its message, as ProblemException.invalid and the mappers write it. */
    private static boolean fieldAndMessage(String detail) {
        Matcher made = Pattern.compile("[\\w.\\[\\]-]+:? (.+)").matcher(detail);
        return made.matches() && chinese(ProblemLanguage.ZH_CN.message(made.group(1)));
    }

    /** The sample details of one source file. */
    static List<String> details(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher call = DETAIL_CALL.matcher(text);
        while (call.find()) {
            List<String> arguments = arguments(text, call.end());
            String name = call.group();
            String detail;
            if (name.startsWith("super")) {
                detail = arguments.size() >= 2 && arguments.get(0).strip().startsWith("ProblemKind.") ? arguments.get(1) : null;
            } else if (name.startsWith("new ProblemException") || name.startsWith("problem")) {
                detail = arguments.size() >= 2 ? arguments.get(1) : null;
            } else if (name.startsWith("new Problem")) {
                detail = arguments.size() >= 4 ? arguments.get(3) : null;
            } else if (name.startsWith("ruleViolated")) {
                detail = arguments.size() == 3 ? arguments.get(2) : null;
            } else if (name.startsWith("conflict")) {
                detail = arguments.size() == 1 || arguments.size() == 3 ? arguments.get(arguments.size() - 1) : null;
            } else {
                detail = arguments.size() == 1 ? arguments.get(0) : null;
            }
            if (detail != null) {
                found.addAll(render(detail.strip()));
            }
        }
        return List.copyOf(found);
    }

    /** Chinese, whole: CJK, and no English words left in it (two lowercase words in a row). */
    private static boolean chinese(String rendering) {
        return CJK.matcher(rendering).find() && !ENGLISH_WORDS.matcher(rendering).find();
    }

    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(?!x+\\b)[a-z]{2,} (?!x+\\b)[a-z]{2,}\\b"); // "1xx xxxx" is a placeholder

    /** Every description of an expected type that ProblemMappers and QueryParameters put after "must be ". */
    @Test
    void everyDescriptionOfAnExpectedTypeHasAChineseRendering() {
        for (String description : List.of("a date (YYYY-MM-DD)", "a date-time with offset (ISO-8601)", "a UUID", "an integer",
                "a number", "true or false", "a string", "an array", "a JSON object", "one of MALE, FEMALE")) {
            for (String message : List.of("must be " + description, "must be " + description + ", not 'x'")) {
                if (message.startsWith("must be one of") && message.endsWith("'")) {
                    continue;
                }
                assertThat(ProblemLanguage.ZH_CN.message(message)).as(message).containsPattern(CJK).doesNotContain("must");
            }
        }
        assertThat(ProblemLanguage.ZH_CN.message("must be a date (YYYY-MM-DD) within years 1 to 9999"))
                .isEqualTo("必须是日期（YYYY-MM-DD），年份在 1 到 9999 之间");
        assertThat(ProblemLanguage.ZH_CN.message("must be a date-time with offset (ISO-8601) within years 1 to 9999"))
                .isEqualTo("必须是带时区偏移的日期时间（ISO-8601），年份在 1 到 9999 之间");
    }

    /** The sample messages of one source file. */
    static List<String> samples(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            List<String> arguments;
            if (call.group().endsWith("(")) {
                arguments = arguments(text, call.end());
                if (arguments.isEmpty()) {
                    continue;
                }
            } else {
                arguments = List.of(expression(text, call.end()));
            }
            String name = call.group();
            String message;
            if (name.startsWith("ruleViolated") || name.startsWith("Problem.FieldError") || name.startsWith("ProblemException.invalid")) {
                if (arguments.size() < 2) {
                    continue;
                }
                message = arguments.get(1);
            } else if (name.startsWith("invalid")) {
                message = arguments.get(arguments.size() - 1);
            } else if (name.startsWith("rowProblem") || name.startsWith("problem") || name.startsWith("error") || name.startsWith("rule")
                    || name.startsWith("refuse") || name.startsWith("unknown")) {
                message = arguments.get(arguments.size() - 1);
                if (arguments.size() < 2) {
                    continue;
                }
            } else {
                message = arguments.get(0);
            }
            String mark = name.startsWith("new IllegalArgumentException") ? ILLEGAL : "";
            render(message.strip()).forEach(sample -> found.add(mark + sample));
        }
        return List.copyOf(found);
    }

    /** The top-level arguments of a call whose argument list starts at {@code from} (just after its parenthesis). */
    static List<String> arguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = endOfString(text, i);
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
                current.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            } else if (c == ';' && depth == 0) {
                return List.of();
            }
            current.append(c);
        }
        return List.of();
    }

    /** The expression that starts at {@code from} and ends before a top-level {@code , ) ;}. */
    static String expression(String text, int from) {
        List<String> one = arguments(text.substring(0, from) + text.substring(from).replaceFirst(";", ")"), from);
        return one.isEmpty() ? "" : one.get(0);
    }

    private static int endOfString(String text, int quote) {
        if (text.startsWith("\"\"\"", quote)) {
            return text.indexOf("\"\"\"", quote + 3) + 2;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** The samples of a message expression; none when it has no string literal (a variable, a method's message). */
    static List<String> render(String expression) {
        if (!expression.contains("\"")) {
            return List.of();
        }
        int question = topLevel(expression, '?');
        if (question >= 0) {
            int colon = topLevel(expression.substring(question + 1), ':');
            if (colon >= 0) {
                List<String> both = new ArrayList<>(render(expression.substring(question + 1, question + 1 + colon)));
                both.addAll(render(expression.substring(question + 2 + colon)));
                return both;
            }
        }
        List<String> samples = List.of("");
        boolean literal = false;
        for (String operand : split(expression)) {
            String part = operand.strip();
            boolean parenthesized = false;
            while (part.startsWith("(") && part.endsWith(")") && topLevel(part.substring(1, part.length() - 1), ')') < 0) {
                part = part.substring(1, part.length() - 1).strip();
                parenthesized = true;
            }
            List<String> pieces;
            if (part.startsWith("\"") && part.endsWith("\"") && part.length() >= 2 && topLevel(part, '+') < 0) {
                pieces = List.of(unescape(part.substring(1, part.length() - 1)));
                literal = true;
            } else if (parenthesized && part.contains("\"")) {
                pieces = render(part); // e.g. (male ? "odd: male" : "even: female")
                literal |= !pieces.isEmpty();
                pieces = pieces.isEmpty() ? List.of(OTHER) : pieces;
            } else {
                pieces = List.of(OTHER);
            }
            List<String> longer = new ArrayList<>();
            for (String sample : samples) {
                for (String piece : pieces) {
                    longer.add(sample + piece);
                }
            }
            samples = longer;
        }
        if (!literal) {
            return List.of();
        }
        // already Chinese, or no text of its own
        return samples.stream().filter(s -> !s.replace(OTHER, "").isBlank() && !CJK.matcher(s).find()).toList();
    }

    private static int topLevel(String expression, char wanted) {
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfString(expression, i);
            } else if (c == '\'') {
                i = expression.indexOf('\'', i + (expression.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0 && wanted == ')') {
                    return i;
                }
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String expression) {
        List<String> parts = new ArrayList<>();
        String rest = expression;
        int plus;
        while ((plus = topLevel(rest, '+')) >= 0) {
            parts.add(rest.substring(0, plus));
            rest = rest.substring(plus + 1);
        }
        parts.add(rest);
        return parts;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
