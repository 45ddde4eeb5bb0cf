package org.volunteernet.volunteer.record.domain;

public enum CorrectionStatus {
    PENDING, ACCEPTED, REJECTED
}
