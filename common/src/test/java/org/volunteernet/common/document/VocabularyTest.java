package org.volunteernet.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The labels documents print for codes: every code of every vocabulary has a Chinese and an English label; an unknown
 * code is printed as itself. (Each closed vocabulary's enum is checked against its table in the service that owns it:
 * brand-service's WorkUnitKind, activity-service's SignupStatus and CertifiedDifference.)
 */
@Tag("unit")
class VocabularyTest {

    @Test
    void everyCodeOfEveryVocabularyHasAChineseAndAnEnglishLabel() {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            assertThat(vocabulary.codes()).as(vocabulary.name()).isNotEmpty();
            for (String code : vocabulary.codes()) {
                Vocabulary.Label label = vocabulary.find(code).orElseThrow();
                assertThat(code).as(vocabulary + " code").matches("[A-Z][A-Z0-9_]*");
                assertThat(label.zh()).as(vocabulary + " " + code + " in Chinese").isNotBlank()
                        .matches(".*\\p{IsHan}.*");
                assertThat(label.en()).as(vocabulary + " " + code + " in English").isNotBlank()
                        .matches("[A-Za-z][A-Za-z -]*").isNotEqualTo(code);
            }
        }
    }

    @Test
    void theLabelsOfAVocabularyAreTellableApart() {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            assertThat(vocabulary.codes().stream().map(c -> vocabulary.label(c, DocumentLanguage.ZH)))
                    .as(vocabulary.name()).doesNotHaveDuplicates();
            assertThat(vocabulary.codes().stream().map(c -> vocabulary.label(c, DocumentLanguage.EN)))
                    .as(vocabulary.name()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aKnownCodeIsPrintedInTheDocumentsLanguage() {
        assertThat(Vocabulary.WORK_UNIT_KIND.label("ENTERPRISE", DocumentLanguage.ZH)).isEqualTo("企业");
        assertThat(Vocabulary.WORK_UNIT_KIND.label("ENTERPRISE", DocumentLanguage.EN)).isEqualTo("Enterprise");
        assertThat(Vocabulary.SERVICE_CATEGORY.label("ELDERLY_CARE", DocumentLanguage.ZH)).isEqualTo("敬老助老");
        assertThat(Vocabulary.SIGNUP_STATUS.label("WALK_IN", DocumentLanguage.EN)).isEqualTo("Walk-in");
        assertThat(Vocabulary.SIGNUP_STATUS.label(Thread.State.NEW, DocumentLanguage.ZH)).isEqualTo("NEW");
    }

    @Test
    void anUnknownCodeFromANewerProducerIsPrintedAsItselfAndNothingIsAnEmptyCell() {
        assertThat(Vocabulary.WORK_UNIT_KIND.label("SPACESHIP", DocumentLanguage.ZH)).isEqualTo("SPACESHIP");
        assertThat(Vocabulary.WORK_UNIT_KIND.label("SPACESHIP", DocumentLanguage.EN)).isEqualTo("SPACESHIP");
        assertThat(Vocabulary.WORK_UNIT_KIND.find("SPACESHIP")).isEmpty();
        assertThat(Vocabulary.WORK_UNIT_KIND.label("", DocumentLanguage.ZH)).isEmpty();
        assertThat(Vocabulary.WORK_UNIT_KIND.label((String) null, DocumentLanguage.ZH)).isNull();
        assertThat(Vocabulary.WORK_UNIT_KIND.label((Enum<?>) null, DocumentLanguage.EN)).isNull();
        assertThat(Vocabulary.WORK_UNIT_KIND.find(null)).isEmpty();
    }
}
