package org.volunteernet.activity.directory.service;

/**
 * volunteer-service's directory did not answer in time, could not be reached, or refused the service's token.
 * Each caller decides what its answer is without names (the JSON roster says they are unavailable; the
 * printable and spreadsheet forms and bulk entry answer 503 problem+json).
 */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
