package org.volunteernet.volunteer.privacy;

import io.smallrye.config.ConfigMapping;

/** Keys protecting ID document numbers, base64 of 32 bytes each. */
@ConfigMapping(prefix = "volunteernet.id-protection")
public interface IdProtectionConfig {

    /** AES-256-GCM key for the stored ciphertext. */
    String encryptionKey();

    /** HMAC-SHA256 key for the blind index that makes numbers unique without storing them. */
    String blindIndexKey();
}
