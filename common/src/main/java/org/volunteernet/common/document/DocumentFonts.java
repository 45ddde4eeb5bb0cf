package org.volunteernet.common.document;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * The configured document font ({@link DocumentConfig}), loaded once. At start-up a missing or unusable
 * font is logged as a warning naming the package to install, or stops the start when
 * {@code volunteernet.document.font-check=fail}; until it is fixed, {@link #font()} answers 503
 * problem+json ({@code type} .../document-font-missing) instead of a PDF without Chinese text.
 */
@ApplicationScoped
public class DocumentFonts {

    private static final Logger LOG = Logger.getLogger(DocumentFonts.class);

    private final DocumentConfig config;
    private volatile DocumentFont font;

    public DocumentFonts(DocumentConfig config) {
        this.config = config;
    }

    void checkAtStart(@Observes StartupEvent startup) {
        try {
            font();
        } catch (ProblemException e) {
            if (config.fontCheck() == DocumentConfig.FontCheck.FAIL) {
                throw new DocumentFontException(e.getMessage(), e);
            }
            LOG.warnf("Documents (certificates, sign-in sheets) cannot be rendered: %s", e.getMessage());
        }
    }

    /**
     * The font, read on first use.
     *
     * @throws ProblemException 503 when the font file is missing or unusable
     */
    public DocumentFont font() {
        DocumentFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    try {
                        font = DocumentFont.load(Path.of(config.fontPath()), config.fontName());
                    } catch (DocumentFontException e) {
                        throw new ProblemException(ProblemKind.DOCUMENT_FONT_MISSING, e.getMessage(), List.of());
                    }
                }
                loaded = font;
            }
        }
        return loaded;
    }

    /** A new A4 document in the configured font. */
    public PdfDocument newDocument(String title) {
        return PdfDocument.create(font(), title);
    }
}
