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
 * Idempotency keys in their own short transactions (plain JDBC, outside the call's transaction):
 * a key is claimed before the call runs, completed with the answer after, released on failure.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A claim older than this is taken to be abandoned (its process died) and may be claimed again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    /** Keys are remembered this long. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    @Inject
    AgroalDataSource dataSource;

    public record Entry(String requestHash, Integer status, String body, String headersJson, boolean abandoned) {
        boolean completed() {
            return status != null;
        }
    }

    public Optional<Entry> find(String caller, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT request_hash, status, response_body, response_headers::text,
                               created_at < now() - make_interval(secs => ?)
                        FROM idempotency_key WHERE caller = ? AND key = ? AND created_at > now() - make_interval(secs => ?)""")) {
            s.setLong(1, ABANDONED_AFTER.toSeconds());
            s.setString(2, caller);
            s.setString(3, key);
            s.setLong(4, KEPT_FOR.toSeconds());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int status = rs.getInt(2);
                return Optional.of(new Entry(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key lookup failed", e);
        }
    }

    /** Claims the key for a request; false when another request holds it. Expired or abandoned claims are replaced. */
    public boolean claim(String caller, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement expire = c.prepareStatement("""
                    DELETE FROM idempotency_key WHERE (caller = ? AND key = ? AND status IS NULL
                        AND created_at < now() - make_interval(secs => ?)) OR created_at < now() - make_interval(secs => ?)""")) {
                expire.setString(1, caller);
                expire.setString(2, key);
                expire.setLong(3, ABANDONED_AFTER.toSeconds());
                expire.setLong(4, KEPT_FOR.toSeconds());
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
