package org.volunteernet.common.document;

/** The configured document font is missing or unusable; the message says which package or setting fixes it. */
public class DocumentFontException extends IllegalStateException {

    public DocumentFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
