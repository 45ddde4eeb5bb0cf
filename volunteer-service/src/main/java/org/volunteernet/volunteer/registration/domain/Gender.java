package org.volunteernet.volunteer.registration.domain;

public enum Gender {
    MALE, FEMALE, UNSPECIFIED
}
