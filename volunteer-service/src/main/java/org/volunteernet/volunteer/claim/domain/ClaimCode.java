package org.volunteernet.volunteer.claim.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A one-time claim code the district office hands to a volunteer it registered without an account. Only the
 * code's hash is kept ({@link ClaimCodes#hash}); the code itself exists only in the office's answer.
 */
@Entity
@Table(name = "claim_code")
public class ClaimCode extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    public UUID volunteerId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    public String codeHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    /** Token subject of the account that claimed the volunteer with this code. */
    @Column(name = "used_by")
    public String usedBy;

    /** When a newer code for the same volunteer replaced this one. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public long version;

    public ClaimCodes.State state(Instant now) {
        return ClaimCodes.state(usedAt != null, revokedAt != null, expiresAt, now);
    }

    /** The code with this hash, locked until the transaction ends, so that it is used at most once. */
    public static Optional<ClaimCode> byHashForUpdate(String hash) {
        return find("codeHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Revokes the volunteer's codes still open at {@code now}; a newer code replaces them. */
    public static int revokeOpen(UUID volunteerId, Instant now) {
        return update("revokedAt = ?1, version = version + 1 where volunteerId = ?2 and usedAt is null and revokedAt is null",
                now, volunteerId);
    }
}
