package org.volunteernet.common.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Idempotency keys over plain JDBC, always inside the call's JTA transaction (the connection joins
 * it): claimed before the call, completed with its answer or released after it, in one commit.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** Keys are remembered this long. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    @Inject
    AgroalDataSource dataSource;

    public record Entry(String requestHash, Integer status, String body, String headersJson) {
        boolean completed() {
            return status != null;
        }
    }

    public Optional<Entry> find(String caller, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT request_hash, status, response_body, response_headers::text
                        FROM idempotency_key WHERE caller = ? AND key = ? AND created_at > now() - make_interval(secs => ?)""")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.setLong(3, KEPT_FOR.toSeconds());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int status = rs.getInt(2);
                return Optional.of(new Entry(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key lookup failed", e);
        }
    }

    /**
     * Claims the key in the caller's transaction; false when it is taken. A claim held by a
     * running transaction makes this wait until that one ends (then it is taken, or free again).
     * Expired keys are swept a few at a time, skipping rows another transaction is sweeping.
     */
    public boolean claim(String caller, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement expire = c.prepareStatement("""
                    DELETE FROM idempotency_key WHERE ctid IN (
                        SELECT ctid FROM idempotency_key
                        WHERE created_at < now() - make_interval(secs => ?) OR (caller = ? AND key = ? AND status IS NULL)
                        LIMIT 100 FOR UPDATE SKIP LOCKED)""")) {
                expire.setLong(1, KEPT_FOR.toSeconds());
                expire.setString(2, caller);
                expire.setString(3, key);
                expire.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO idempotency_key (caller, key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.setString(3, requestHash);
                return s.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key claim failed", e);
        }
    }

    public void complete(String caller, String key, int status, String body, String headersJson) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        UPDATE idempotency_key SET status = ?, response_body = ?, response_headers = CAST(? AS jsonb)
                        WHERE caller = ? AND key = ?""")) {
            s.setInt(1, status);
            s.setString(2, body);
            s.setString(3, headersJson);
            s.setString(4, caller);
            s.setString(5, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key completion failed", e);
        }
    }

    public void release(String caller, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM idempotency_key WHERE caller = ? AND key = ? AND status IS NULL")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key release failed", e);
        }
    }
}
