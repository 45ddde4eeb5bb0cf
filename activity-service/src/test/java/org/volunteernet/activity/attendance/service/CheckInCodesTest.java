package org.volunteernet.activity.attendance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.activity.ActivitiesConfig;

/** Check-in codes, without Quarkus: valid for their occurrence until they expire, and for nothing else. */
@Tag("unit")
class CheckInCodesTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    /** The two settings CheckInCodes reads; any other is not asked for. */
    static ActivitiesConfig config(String key, Duration lifetime) {
        return (ActivitiesConfig) Proxy.newProxyInstance(ActivitiesConfig.class.getClassLoader(),
                new Class<?>[] {ActivitiesConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "checkInKey" -> key;
                    case "checkInLifetime" -> lifetime;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aCodeIsValidForItsOccurrenceOnly() {
        CheckInCodes codes = new CheckInCodes(config(KEY, Duration.ofHours(1)));
        UUID occurrence = UUID.randomUUID();
        CheckInCodes.Code code = codes.issue(occurrence);
        assertThat(codes.valid(occurrence, code.code())).isTrue();
        assertThat(codes.valid(UUID.randomUUID(), code.code())).isFalse();
        assertThat(code.qrPayload()).contains(occurrence.toString()).endsWith("code=" + code.code());
    }

    @Test
    void anExpiredTamperedOrMalformedCodeIsNotValid() {
        UUID occurrence = UUID.randomUUID();
        // issued already expired: no waiting on the clock
        CheckInCodes expired = new CheckInCodes(config(KEY, Duration.ofSeconds(-2)));
        assertThat(expired.valid(occurrence, expired.issue(occurrence).code())).isFalse();

        CheckInCodes codes = new CheckInCodes(config(KEY, Duration.ofHours(1)));
        String code = codes.issue(occurrence).code();
        int dot = code.indexOf('.');
        String laterExpiry = (Long.parseLong(code.substring(0, dot)) + 3600) + code.substring(dot);
        assertThat(codes.valid(occurrence, laterExpiry)).isFalse();
        for (String malformed : new String[] {null, "", ".", "abc", "x.y", "123", code + "A"}) {
            assertThat(codes.valid(occurrence, malformed)).as(String.valueOf(malformed)).isFalse();
        }
        CheckInCodes otherKey = new CheckInCodes(config(KEY.replace('A', 'B'), Duration.ofHours(1)));
        assertThat(otherKey.valid(occurrence, code)).isFalse();
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedAtStart() {
        assertThatThrownBy(() -> new CheckInCodes(config(Base64.getEncoder().encodeToString(new byte[16]), Duration.ofHours(1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
