package org.volunteernet.volunteer.deed.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deed an organizer or the district office saw a volunteer do.
 *
 * @param minutes the deed's duration in minutes
 * @param atPost done at the volunteer's ordinary post; null: true for the {@code AT_POST} category, else false
 */
public record WitnessDeed(UUID volunteerId, LocalDate date, String category, String description, int minutes, Boolean atPost) {
}
