package org.volunteernet.volunteer.claim.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The rules of claim codes. A code is 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L), shown
 * in groups of four ({@code K7Q2-M9XA-4TPE}): 31^12, about 2^59 codes, so that guessing one is hopeless under
 * the per-caller rate limit and the expiry. It is read case-insensitively, with or without the hyphens and
 * spaces a person types. Only its SHA-256 is stored: the code is random enough that a hash without key or
 * salt cannot be reversed by trying codes.
 */
public final class ClaimCodes {

    static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    public static final int LENGTH = 12;
    private static final String SHAPE = "[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{" + LENGTH + "}";

    /** What a code allows at a moment. */
    public enum State { USABLE, USED, REVOKED, EXPIRED }

    private ClaimCodes() {
    }

    /** A new code, e.g. {@code K7Q2-M9XA-4TPE}. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public static String generate() {
        return generate(new SecureRandom());
    }

    /**
     * The code as stored (hashed): upper case, without hyphens and spaces.
     *
     * @throws IllegalArgumentException when it cannot be a claim code
     */
    public static String normalize(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s\\-‐]", "").toUpperCase(Locale.ROOT);
        if (!code.matches(SHAPE)) {
            throw new IllegalArgumentException("is not a claim code: 12 letters and digits, e.g. K7Q2-M9XA-4TPE");
        }
        return code;
    }

    /** The SHA-256 of the normalised code, in hex. */
    public static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(typed).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code made at {@code createdAt} is usable until, not at, the returned instant. */
    public static Instant expiry(Instant createdAt, Duration lifetime) {
        return createdAt.plus(lifetime);
    }

    /** Used beats revoked beats expired: the answer names the first reason a code cannot be used. */
    public static State state(boolean used, boolean revoked, Instant expiresAt, Instant now) {
        if (used) {
            return State.USED;
        }
        if (revoked) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }
}
