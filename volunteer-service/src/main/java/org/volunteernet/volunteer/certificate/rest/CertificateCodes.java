package org.volunteernet.volunteer.certificate.rest;

/** What a certificate verification code may look like as typed by a person (case and spaces forgiven). */
final class CertificateCodes {

    /** Letters, digits, hyphens and spaces: anything else cannot be a code (and never reaches the database). */
    static final String SHAPE = "[A-Za-z0-9 -]{1,40}";

    private CertificateCodes() {
    }
}
