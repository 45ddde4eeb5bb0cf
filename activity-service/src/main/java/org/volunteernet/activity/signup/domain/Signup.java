package org.volunteernet.activity.signup.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A volunteer's place at an occurrence: a confirmed seat or a place in the waitlist, and attendance. */
@Entity
@Table(name = "signup")
public class Signup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    public UUID occurrenceId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignupStatus status;

    /** Order of arrival; the waitlist is served by it. */
    @Column(nullable = false)
    public long position;

    @Column(name = "signed_up_at", nullable = false)
    public Instant signedUpAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "checked_out_at")
    public Instant checkedOutAt;

    /** Actual hours recorded at completion (travel excluded); null until the occurrence is completed. */
    public java.math.BigDecimal hours;

    /** Token subject of the organizer or office who signed the volunteer up on their behalf; null when they did. */
    @Column(name = "signed_up_by")
    public String signedUpBy;

    @Version
    public long version;

    public static Optional<Signup> of(UUID occurrenceId, UUID volunteerId) {
        return find("occurrenceId = ?1 and volunteerId = ?2", occurrenceId, volunteerId).firstResultOptional();
    }

    /** First on the waitlist. */
    public static Optional<Signup> firstWaiting(UUID occurrenceId) {
        return find("occurrenceId = ?1 and status = ?2 order by position", occurrenceId, SignupStatus.WAITLISTED)
                .firstResultOptional();
    }
}
