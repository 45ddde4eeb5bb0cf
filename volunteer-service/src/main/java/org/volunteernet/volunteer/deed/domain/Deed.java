package org.volunteernet.volunteer.deed.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A good deed: self-reported in a diary entry, or witnessed by an organizer or district office
 * ({@code verified}, see {@link DeedSource}). Deeds at one's post are recognised but kept apart from volunteer hours.
 * A recorded deed is a fact and is never edited; a self-reported one may be withdrawn on its entry's
 * editable days ({@code withdrawnAt}), and is then left out of every count and list.
 */
@Entity
@Table(name = "deed")
public class Deed extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    /** The diary entry it was written in; null for a witnessed deed. */
    @Column(name = "entry_id", updatable = false)
    public UUID entryId;

    @Column(name = "deed_date", nullable = false, updatable = false)
    public LocalDate date;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(nullable = false, updatable = false)
    public int minutes;

    @Column(name = "at_post", nullable = false, updatable = false)
    public boolean atPost;

    /** True for a witnessed deed ({@link DeedSource#WITNESSED}); reports count it as deedsWitnessed. */
    @Column(nullable = false, updatable = false)
    public boolean verified;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** When its volunteer withdrew it; null while it stands. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** A day's deeds total at most this many minutes (24 hours). */
    public static final int MAX_MINUTES_A_DAY = 1440;

    /** The deeds of an entry that stand (not withdrawn). */
    public static List<Deed> ofEntry(UUID entryId) {
        return list("entryId = ?1 and withdrawnAt is null order by recordedAt, id", entryId);
    }

    /** Same deed as another: what a re-sent diary entry must not record twice. */
    public boolean sameAs(String category, String description, int minutes, boolean atPost) {
        return this.category.equals(category) && this.description.equals(description)
                && this.minutes == minutes && this.atPost == atPost;
    }
}
