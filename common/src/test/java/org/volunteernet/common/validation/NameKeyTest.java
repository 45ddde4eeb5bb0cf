package org.volunteernet.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class NameKeyTest {

    @Test
    void widthCaseAndSpaceMakeNoNewName() {
        assertThat(NameKey.of("ＡＢＣ")).isEqualTo(NameKey.of("abc")).isEqualTo("abc");
        assertThat(NameKey.of("社区服务队 ")).isEqualTo(NameKey.of("社区服务队")).isEqualTo(NameKey.of("　社区服务队　"));
        assertThat(NameKey.of("社区　 服务队")).isEqualTo(NameKey.of("社区 服务队"));
        assertThat(NameKey.of("Ｎｏ．１ School")).isEqualTo(NameKey.of("no.1  school"));
        assertThat(NameKey.of("Cafe\u0301")).isEqualTo(NameKey.of("Caf\u00e9"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(NameKey.of("社区服务队")).isNotEqualTo(NameKey.of("社区 服务队"));
        assertThat(NameKey.of("abc")).isNotEqualTo(NameKey.of("abd"));
    }
}
