package org.volunteernet.activity.calendar.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret of a volunteer's personal feed URL: 32 random bytes, base64url (43 characters). Only its
 * SHA-256 is stored, so a database read does not reveal working URLs. One per volunteer; issuing a new one
 * revokes the old.
 */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "token_sha256", nullable = false, unique = true)
    public String tokenSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A fresh secret. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token a secret belongs to, if any. */
    public static Optional<FeedToken> bySecret(String secret) {
        return find("tokenSha256", hash(secret)).firstResultOptional();
    }
}
