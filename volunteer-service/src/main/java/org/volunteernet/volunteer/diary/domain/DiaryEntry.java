package org.volunteernet.volunteer.diary.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A day's page of the diary of merits and shortcomings: deeds (in {@code deed}), shortcomings with
 * their corrections, and a reflection. Editable on its day and the next, then read-only.
 */
@Entity
@Table(name = "diary_entry")
public class DiaryEntry extends PanacheEntityBase {

    /** Days after the entry's date during which it may still be edited. */
    public static final int EDITABLE_DAYS_AFTER = 1;

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    public LocalDate date;

    public String reflection;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Shortcoming> shortcomings;

    @Column(name = "written_at", nullable = false, updatable = false)
    public Instant writtenAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<DiaryEntry> of(UUID volunteerId, LocalDate date) {
        return find("volunteerId = ?1 and date = ?2", volunteerId, date).firstResultOptional();
    }

    /** Whether an entry for {@code date} may be written or changed on {@code today}. */
    public static boolean writable(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && !date.isBefore(today.minusDays(EDITABLE_DAYS_AFTER));
    }
}
