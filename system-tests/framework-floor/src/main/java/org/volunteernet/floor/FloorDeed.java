package org.volunteernet.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row per request: what the framework floor writes instead of a deed and its outbox row. */
@Entity
@Table(name = "floor_deed")
public class FloorDeed extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    public LocalDate date;

    public String category;

    public String description;

    public int minutes;

    @Column(name = "at_post")
    public boolean atPost;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
