package org.volunteernet.volunteer.deed.service;

import java.time.LocalDate;
import java.util.UUID;
import org.volunteernet.volunteer.deed.domain.DeedSource;

/**
 * A deed to record for a volunteer.
 *
 * @param entryId the diary entry it was written in; null for a witnessed deed
 * @param minutes the deed's duration in minutes
 * @param atPost done at one's work post (recognised, kept apart from volunteer hours)
 * @param recordedBy the account subject of whoever recorded it
 * @param minutesField the request field a refusal of the day's minutes names (e.g. {@code deeds[2].minutes})
 */
public record RecordDeed(UUID entryId, LocalDate date, String category, String description, int minutes, boolean atPost,
        DeedSource source, String recordedBy, String minutesField) {
}
