package org.volunteernet.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * Production refuses to start while any setting still holds a committed local-development secret.
 *
 * <p>Every committed default secret (database password, check-in key, ID encryption and blind-index
 * keys, certificate signing key) contains {@value #MARKER}, as text or inside its base64. A
 * production start ({@link LaunchMode#NORMAL}) that finds one fails, naming each such setting and
 * the environment variable that replaces it. The local stack (deploy/local) sets
 * {@code VOLUNTEERNET_LOCAL_DEVELOPMENT=true}: the defaults are then allowed and a warning says so.
 * Tests and dev mode are not checked.
 */
@ApplicationScoped
public class LocalDevelopmentSecrets {

    /** The word every committed local-development secret carries. */
    public static final String MARKER = "local-dev-only";
    /** Set to true only by the local stack's scripts. */
    public static final String ALLOW = "volunteernet.local-development";

    private static final Pattern VARIABLE_WITH_DEFAULT = Pattern.compile("^\\$\\{([A-Za-z0-9_]+):");
    private static final Logger LOG = Logger.getLogger(LocalDevelopmentSecrets.class);

    void refuseInProduction(@Observes @Priority(1) StartupEvent started) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Map<String, String> found = settingsWithLocalDefaults(config);
        if (found.isEmpty()) {
            return;
        }
        if (config.getOptionalValue(ALLOW, Boolean.class).orElse(false)) {
            LOG.warnf("local development: %d settings use the committed local-development secrets (%s); "
                    + "never run like this with real data", found.size(), String.join(", ", found.keySet()));
            return;
        }
        throw new IllegalStateException(refusal(found));
    }

    /** The message a refused start prints: every offending setting with the variable that replaces it. */
    public static String refusal(Map<String, String> settings) {
        List<String> lines = new ArrayList<>();
        settings.forEach((setting, variable) -> lines.add(setting + " (set " + variable + ")"));
        return "Refusing to start: these settings still hold committed local-development secrets: "
                + String.join("; ", lines) + ". Give each a real secret through its environment variable, "
                + "or set VOLUNTEERNET_LOCAL_DEVELOPMENT=true on a developer's machine only.";
    }

    /**
     * The settings whose value is a local-development secret, sorted by name, each with the
     * environment variable that replaces it: the one its {@code ${VARIABLE:default}} expression
     * names, else the variable MicroProfile Config maps onto the setting.
     */
    public static Map<String, String> settingsWithLocalDefaults(Config config) {
        TreeMap<String, String> found = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("%")) {
                continue; // another profile's value, not in effect
            }
            ConfigValue value;
            try {
                value = config.getConfigValue(name);
            } catch (RuntimeException unresolvable) {
                continue;
            }
            if (isLocalDevelopmentSecret(value.getValue())) {
                Matcher expression = VARIABLE_WITH_DEFAULT.matcher(String.valueOf(value.getRawValue()));
                found.put(name, expression.find() ? expression.group(1) : environmentName(name));
            }
        }
        return found;
    }

    /** True when {@code value}, as text or decoded from base64, carries {@value #MARKER}. */
    public static boolean isLocalDevelopmentSecret(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.toLowerCase(Locale.ROOT).contains(MARKER)) {
            return true;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.ISO_8859_1);
            return decoded.toLowerCase(Locale.ROOT).contains(MARKER);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The environment variable that MicroProfile Config maps onto {@code setting}. */
    static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
