package org.volunteernet.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A text that must reach one entitled consumer through an event read by many (a person in charge's
 * name, from activity-service to volunteer-service's service records), sealed so that the event
 * stream does not carry it readably: {@code s1.} + base64url(96-bit random nonce + AES-256-GCM
 * ciphertext), with a context id (the activity) as associated data, so a reference copied into
 * another activity's event does not open. A fresh nonce each time: two references to the same person
 * look unrelated, so an analyst can neither read nor link them. The key
 * ({@code volunteernet.events.seal-key}) is held only by the sealing and the opening service.
 *
 * <p>Trade-off (README, "No names in events"): the name is still in the retained topic, encrypted; whoever
 * obtains the key reads every retained reference. Rotating the key needs a new scheme prefix
 * ({@code s2.}) while consumers hold both keys.
 */
@ApplicationScoped
public class SealedReference {

    public static final String SCHEME = "s1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    @Inject
    public SealedReference(EventsConfig config) {
        this(config.sealKey().orElse(null));
    }

    /** With {@code base64Key} (32 bytes), or none: sealing and opening then fail. */
    public SealedReference(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = Optional.empty();
            return;
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("volunteernet.events.seal-key must be base64 of 32 bytes");
        }
        this.key = Optional.of(new SecretKeySpec(bytes, "AES"));
    }

    private SecretKeySpec key() {
        return key.orElseThrow(() -> new IllegalStateException(
                "volunteernet.events.seal-key is not set (VOLUNTEERNET_EVENT_SEAL_KEY)"));
    }

    /** The sealed reference of {@code text} within {@code context}; null for a null or blank text. */
    public String seal(String text, UUID context) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] all = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /**
     * The text of a reference sealed within {@code context}; empty for null, for a reference of another
     * scheme, key or context, or one that was altered.
     */
    public Optional<String> open(String reference, UUID context) {
        if (reference == null || !reference.startsWith(SCHEME)) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(reference.substring(SCHEME.length()));
            if (all.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.toString().getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            return Optional.empty();
        }
    }
}
