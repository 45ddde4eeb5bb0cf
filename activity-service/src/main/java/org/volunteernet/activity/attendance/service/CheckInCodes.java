package org.volunteernet.activity.attendance.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.volunteernet.activity.ActivitiesConfig;
import org.volunteernet.common.time.NetworkClock;

/**
 * Check-in codes: the occurrence and an expiry, signed with HMAC-SHA256, shown by the organizer
 * as a QR payload. A code is valid only for its occurrence and only until it expires.
 */
@ApplicationScoped
public class CheckInCodes {

    private static final int SIGNATURE_BYTES = 12;

    private final SecretKeySpec key;
    private final Duration lifetime;

    public CheckInCodes(ActivitiesConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.checkInKey());
        if (raw.length != 32) {
            throw new IllegalStateException("volunteernet.activities.check-in-key must be base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
        this.lifetime = config.checkInLifetime();
    }

    @Schema(name = "CheckInCode")
    public record Code(String code, Instant expiresAt, String qrPayload) {
    }

    public Code issue(UUID occurrenceId) {
        long expires = NetworkClock.now().plus(lifetime).getEpochSecond();
        String code = expires + "." + signature(occurrenceId, expires);
        return new Code(code, Instant.ofEpochSecond(expires),
                "volunteernet:check-in?occurrence=" + occurrenceId + "&code=" + code);
    }

    public boolean valid(UUID occurrenceId, String code) {
        if (code == null) {
            return false;
        }
        int dot = code.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(code.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (NetworkClock.now().getEpochSecond() > expires) {
            return false;
        }
        byte[] expected = signature(occurrenceId, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, code.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(UUID occurrenceId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((occurrenceId + "|" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("check-in code signing failed", e);
        }
    }
}
