package org.volunteernet.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RequestTextGuardTest {

    @Test
    void wellFormedComponentsPass() {
        assertThat(RequestTextGuard.problemIn("%E9%A6%99%E5%9D%8A%E5%8C%BA", false)).isEmpty(); // 香坊区
        assertThat(RequestTextGuard.problemIn("a+b%20c", false)).isEmpty();
        assertThat(RequestTextGuard.problemIn("/api/v1/volunteers/230110", true)).isEmpty();
        assertThat(RequestTextGuard.problemIn("%F0%9F%98%80", false)).isEmpty(); // an emoji, four bytes
    }

    @Test
    void malformedOrDangerousComponentsAreRefusedWithAReason() {
        assertThat(RequestTextGuard.problemIn("a%00b", false)).get().asString().contains("U+0000");
        assertThat(RequestTextGuard.problemIn("%C0%AF", false)).get().asString().contains("UTF-8"); // overlong '/'
        assertThat(RequestTextGuard.problemIn("%ED%A0%80", false)).get().asString().contains("UTF-8"); // lone surrogate
        assertThat(RequestTextGuard.problemIn("%E2%80%AEx", false)).get().asString().contains("U+202E");
        assertThat(RequestTextGuard.problemIn("%FF", false)).get().asString().contains("UTF-8");
        assertThat(RequestTextGuard.problemIn("%4", false)).get().asString().contains("UTF-8");
        assertThat(RequestTextGuard.problemIn("%0A", false)).get().asString().contains("U+000A");
    }
}
