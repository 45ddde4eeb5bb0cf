package org.volunteernet.volunteer.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A correction of a volunteer's real name by their district office: kept for ever, never overwritten. */
@Entity
@Table(name = "volunteer_name_change")
public class NameChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "old_name", nullable = false, updatable = false)
    public String oldName;

    @Column(name = "new_name", nullable = false, updatable = false)
    public String newName;

    @Column(nullable = false, updatable = false)
    public String reason;

    /** Token subject of the office account that made the correction. */
    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}
