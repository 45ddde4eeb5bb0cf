package org.volunteernet.activity.signup.domain;

public enum SignupStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN
}
