package org.volunteernet.volunteer.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts ID document numbers (AES-256-GCM, random 96-bit nonce stored before the ciphertext),
 * computes their blind index (HMAC-SHA256 of the normalized number) and masks them for display.
 * The clear number exists only in memory while a request is handled.
 */
@ApplicationScoped
public class IdNumberProtector {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public IdNumberProtector(IdProtectionConfig config) {
        this.encryptionKey = new SecretKeySpec(decode32(config.encryptionKey(), "encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(decode32(config.blindIndexKey(), "blind-index-key"), "HmacSHA256");
    }

    private static byte[] decode32(String base64, String name) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException("volunteernet.id-protection." + name + " must be base64 of 32 bytes");
        }
        return key;
    }

    public static String normalize(String idNumber) {
        return idNumber.strip().toUpperCase(Locale.ROOT);
    }

    public byte[] encrypt(String idNumber) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(normalize(idNumber).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ID number encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ID number decryption failed", e);
        }
    }

    /** The same number always gives the same index; the index reveals nothing without the key. */
    public String blindIndex(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(normalize(idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ID number blind index failed", e);
        }
    }

    /** {@code 230110199003051236} becomes {@code 2301**********1236}. */
    public static String mask(String idNumber) {
        String normalized = normalize(idNumber);
        if (normalized.length() <= 8) {
            return "*".repeat(normalized.length());
        }
        return normalized.substring(0, 4) + "*".repeat(normalized.length() - 8) + normalized.substring(normalized.length() - 4);
    }
}
