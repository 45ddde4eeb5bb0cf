package org.volunteernet.brand.group.domain;

public enum MembershipStatus {
    PENDING, APPROVED, DECLINED, LEFT, REMOVED;

    /** A volunteer in one of these states may ask to join again. */
    public boolean mayAskAgain() {
        return this == DECLINED || this == LEFT || this == REMOVED;
    }
}
