package org.volunteernet.common.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as uniqueness sees it: two names that read the same to a person are one name. Compatibility forms are
 * folded (NFKC: full-width Ｌａｔｉｎ and digits are Latin and digits, the ideographic space is a space, a
 * decomposed accent is the composed one), surrounding space is dropped, every run of space is one space, and case
 * does not count. So "社区服务队", "社区服务队 " and "社区服务队　" are one name, as are "ＡＢＣ" and "abc". The shown
 * name keeps what was typed; only this key is compared (brands, groups, organizations and work units, each in
 * its scope, unique on it in the database).
 */
public final class NameKey {

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameKey() {
    }

    /** The key of {@code name} (not null). */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
