package org.volunteernet.volunteer.diary.domain;

/** A shortcoming noted in the diary and the correction planned or made. Private to its volunteer. */
public record Shortcoming(String description, String correction) {

    public boolean corrected() {
        return correction != null && !correction.isBlank();
    }
}
