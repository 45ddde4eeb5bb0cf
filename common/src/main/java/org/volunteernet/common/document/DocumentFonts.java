package org.volunteernet.common.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * The configured document fonts ({@link DocumentConfig}), loaded once: the main font and its fallbacks. At start-up a
 * missing or unusable main font is logged as a warning naming the package to install, or stops the start when
 * {@code volunteernet.document.font-check=fail}; until it is fixed, {@link #chain()} answers 503
 * problem+json ({@code type} .../document-font-missing) instead of a PDF without Chinese text. A missing fallback
 * font is a warning naming its package (fonts-hanazono) and never stops anything: the documents are drawn without
 * it, its characters printed as their code points ({@code [U+20000]}) and refused on certificates.
 */
@ApplicationScoped
public class DocumentFonts {

    private static final Logger LOG = Logger.getLogger(DocumentFonts.class);

    private final DocumentConfig config;
    private volatile FontChain chain;

    public DocumentFonts(DocumentConfig config) {
        this.config = config;
    }

    void checkAtStart(@Observes StartupEvent startup) {
        try {
            chain();
        } catch (ProblemException e) {
            if (config.fontCheck() == DocumentConfig.FontCheck.FAIL) {
                throw new DocumentFontException(e.getMessage(), e);
            }
            LOG.warnf("Documents (certificates, sign-in sheets) cannot be rendered: %s", e.getMessage());
        }
    }

    /**
     * The fonts, read on first use (at start-up): the main font read and checked, then the fallbacks whose files exist
     * (each parsed only when a document first needs a character the main font lacks, see {@link DocumentFont}).
     *
     * @throws ProblemException 503 when the main font file is missing or unusable
     */
    public FontChain chain() {
        FontChain loaded = chain;
        if (loaded == null) {
            synchronized (this) {
                if (chain == null) {
                    DocumentFont main;
                    try {
                        main = DocumentFont.load(Path.of(config.fontPath()), config.fontName());
                    } catch (DocumentFontException e) {
                        throw new ProblemException(ProblemKind.DOCUMENT_FONT_MISSING, e.getMessage(), List.of());
                    }
                    chain = FontChain.of(main, fallbacks());
                }
                loaded = chain;
            }
        }
        return loaded;
    }

    private List<DocumentFont> fallbacks() {
        List<DocumentFont> fallbacks = new ArrayList<>();
        for (String path : config.fallbackFontPaths()) {
            try {
                fallbacks.add(DocumentFont.fallback(Path.of(path.strip())));
            } catch (DocumentFontException e) {
                LOG.warnf("Documents (certificates, sign-in sheets) are drawn without the fallback font %s, so rare "
                        + "characters (CJK Extension B and beyond, e.g. 𠀀 U+20000) print as their code points and "
                        + "certificates naming them are refused: %s. Install the Debian package fonts-hanazono "
                        + "(apt-get install -y fonts-hanazono) or set volunteernet.document.fallback-font-paths",
                        path, e.getMessage());
            }
        }
        return fallbacks;
    }

    /** A new A4 document in the configured fonts. */
    public PdfDocument newDocument(String title) {
        return PdfDocument.create(chain(), title);
    }
}
