package org.volunteernet.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens for service tests, shaped like the local Keycloak's (realm_access.roles, district,
 * audience volunteer-network) and signed with the test-only key whose public half the services'
 * %test profile trusts. End-to-end tests use real Keycloak tokens instead.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.volunteernet.invalid";
    public static final String AUDIENCE = "volunteer-network";
    private static final PrivateKey SIGNING_KEY = loadSigningKey();

    private TestTokens() {
    }

    private static PrivateKey loadSigningKey() {
        try (InputStream in = TestTokens.class.getClassLoader()
                .getResourceAsStream("test-only-keys/test-only-signing-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }

    /** A fresh user: random subject, the given district (may be null) and realm roles. */
    public static User user(String district, String... roles) {
        return new User(UUID.randomUUID().toString(), district, List.of(roles));
    }

    /** A caller of the token endpoint's shape: subject, district claim and realm roles. */
    public record User(String subject, String district, List<String> roles) {

        public String token() {
            return claims().sign(SIGNING_KEY);
        }

        public String bearer() {
            return "Bearer " + token();
        }

        public JwtClaimsBuilder claims() {
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .subject(subject)
                    .audience(AUDIENCE)
                    .claim("preferred_username", "test-" + subject.substring(0, 8))
                    .claim("realm_access", Map.of("roles", roles))
                    .expiresIn(3600);
            if (district != null) {
                claims.claim("district", district);
            }
            return claims;
        }

        /** Expired an hour ago. */
        public String expiredToken() {
            return claims().issuedAt(System.currentTimeMillis() / 1000 - 7200)
                    .expiresAt(System.currentTimeMillis() / 1000 - 3600).sign(SIGNING_KEY);
        }

        /** Well formed but signed by a key the services do not trust. */
        public String tokenSignedByAnotherKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return claims().sign(generator.generateKeyPair().getPrivate());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public String tokenFromAnotherIssuer() {
            return claims().issuer("https://issuer.elsewhere.invalid").sign(SIGNING_KEY);
        }

        public String tokenForAnotherAudience() {
            return claims().audience("some-other-api").sign(SIGNING_KEY);
        }
    }
}
