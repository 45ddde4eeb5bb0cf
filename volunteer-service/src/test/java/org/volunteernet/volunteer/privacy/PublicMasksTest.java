package org.volunteernet.volunteer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicMasksTest {

    @Test
    void aNameKeepsTheFirstLetterOfEachWord() {
        assertThat(PublicMasks.name("Li Ming")).isEqualTo("L* M***");
        assertThat(PublicMasks.name("张伟")).isEqualTo("张*");
        assertThat(PublicMasks.name("𠀀𠀁")).isEqualTo("𠀀*"); // a supplementary character is one letter
    }

    @Test
    void aVolunteerNumberKeepsItsDistrictAndLastTwoDigits() {
        assertThat(PublicMasks.volunteerNumber("V23011000000012")).isEqualTo("V230110******12");
        assertThat(PublicMasks.volunteerNumber("V23011000000012")).hasSize(15).doesNotContain("00000012");
        assertThat(PublicMasks.volunteerNumber("V2301")).isEqualTo("*****");
        assertThat(PublicMasks.volunteerNumber(null)).isNull();
    }
}
