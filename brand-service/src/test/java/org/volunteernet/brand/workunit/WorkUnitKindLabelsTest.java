package org.volunteernet.brand.workunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.volunteernet.brand.workunit.domain.WorkUnitKind;
import org.volunteernet.common.document.DocumentLanguage;
import org.volunteernet.common.document.Vocabulary;

/**
 * Every kind of work unit has its Chinese and English words in the one table documents print them from (common's
 * {@link Vocabulary#WORK_UNIT_KIND}; reporting's work-unit CSV writes ENTERPRISE as 企业): a kind added here without
 * labels there fails this test, and so does a label left behind for a kind removed.
 */
@Tag("unit")
class WorkUnitKindLabelsTest {

    @Test
    void everyKindHasAChineseAndAnEnglishLabel() {
        assertThat(Vocabulary.WORK_UNIT_KIND.codes())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WorkUnitKind.values()).map(Enum::name).toList());
        for (WorkUnitKind kind : WorkUnitKind.values()) {
            assertThat(Vocabulary.WORK_UNIT_KIND.label(kind, DocumentLanguage.ZH)).as(kind.name()).isNotEqualTo(kind.name());
            assertThat(Vocabulary.WORK_UNIT_KIND.label(kind, DocumentLanguage.EN)).as(kind.name()).isNotEqualTo(kind.name());
        }
        assertThat(Vocabulary.WORK_UNIT_KIND.label(WorkUnitKind.ENTERPRISE, DocumentLanguage.ZH)).isEqualTo("企业");
    }
}
