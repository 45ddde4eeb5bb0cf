package org.volunteernet.volunteer.record.service;

/**
 * The organizer's decision on a reported error.
 *
 * @param accepted true amends the record (the correction is kept beside it); false keeps the record as it is
 */
public record DecideCorrection(boolean accepted, String reason) {
}
