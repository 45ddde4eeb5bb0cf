package org.volunteernet.reporting.districtname.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.volunteernet.common.document.DocumentLanguage;

/**
 * Names of the network's districts by their GB/T 2260 code (e.g. {@code 230110} 香坊区 / Xiangfang District), read
 * from the resource {@code districts/gb-t-2260-harbin.csv} (columns {@code code,name_zh,name_en}).
 */
@ApplicationScoped
public class DistrictNames {

    public static final String RESOURCE = "districts/gb-t-2260-harbin.csv";

    /** A district's names. */
    public record Name(String zh, String en) {
        public String in(DocumentLanguage language) {
            return language.pick(zh, en);
        }
    }

    private final Map<String, Name> names;

    public DistrictNames() {
        try (InputStream in = Objects.requireNonNull(DistrictNames.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            this.names = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code code,name_zh,name_en} lines; {@code #} comments and the header line are passed over. */
    public static Map<String, Name> parse(Reader reader) throws IOException {
        Map<String, Name> read = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("code,")) {
                    continue;
                }
                String[] cells = trimmed.split(",");
                if (cells.length != 3 || !cells[0].matches("[0-9]{6}")) {
                    throw new IllegalStateException(RESOURCE + ": expected code,name_zh,name_en, got " + trimmed);
                }
                read.put(cells[0], new Name(cells[1].strip(), cells[2].strip()));
            }
        }
        return Map.copyOf(read);
    }

    /** The district's names, empty for a code not in the list. */
    public Optional<Name> of(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** The Chinese name (GB/T 2260), or null for a code not in the list. */
    public String chinese(String code) {
        return of(code).map(Name::zh).orElse(null);
    }
}
