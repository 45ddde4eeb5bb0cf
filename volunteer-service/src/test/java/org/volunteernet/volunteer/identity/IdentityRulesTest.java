package org.volunteernet.volunteer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.volunteer.privacy.PhoneNumbers;
import org.volunteernet.volunteer.privacy.ResidentIdNumber;
import org.volunteernet.volunteer.registration.domain.AgeRules;
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.IdDocuments;
import org.volunteernet.volunteer.registration.domain.IdType;
import org.volunteernet.volunteer.registration.domain.RealName;

/** Plain JUnit: issue 16's identity examples, each one a test, without booting Quarkus. */
@Tag("unit")
class IdentityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate BIRTH = LocalDate.of(1990, 3, 5);

    static String id(String prefix6, LocalDate birth, String sequence) {
        String first17 = prefix6 + birth.toString().replace("-", "") + sequence;
        return first17 + ResidentIdNumber.checkDigit(first17);
    }

    static String wrongCheck(String id) {
        char check = id.charAt(17);
        return id.substring(0, 17) + (check == '0' ? '1' : '0');
    }

    static String field(Throwable e) {
        return ((ProblemException) e).toProblem().errors().get(0).field();
    }

    // --- real names -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "买买提·艾力", "Li Ming", "Anne-Marie O'Neil", "O’Brien", "José Müller",
            "Nguyễn Văn An", "Владимир Путинцев", "林〇", "阿依古丽·买买提", "สมชาย ใจดี", "देवनागरी नाम"})
    void realNamesOfAnyScriptWithTheirSeparatorsAreAccepted(String name) {
        assertThat(RealName.normalize(name)).isEqualTo(name);
    }

    @Test
    void namesAreNfcNormalisedAndOuterSpacesDropped() {
        String decomposed = "Jose\u0301 Mu\u0308ller";
        assertThat(RealName.normalize(decomposed)).isEqualTo("José Müller").hasSize(11);
        assertThat(RealName.normalize("  王小明 ")).isEqualTo("王小明");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u00A0\u00A0",          // two no-break spaces (issue 16)
        "\u200B",                // a lone zero-width space (issue 16)
        "王\u202E明",             // a right-to-left override (issue 16)
        "王小明\uD83D\uDE00",      // emoji (issue 16)
        "王\u200D明", "王\uFEFF明", "王\u00A0明", "王\u3000明", "王\u0007明", "王\uE000明", "李明\uFE0F", "李明\u20E3",
        "·王明", "王明·", "王··明", "王  明", "Anne--Marie", "O''Neil", "-Li", "Li'", "王・明", "王•明",
        "Li Ming 2", "李明!", "李明。", "", " ", "\u0301李"})
    void namesWithAnythingElseAreRefused(String name) {
        assertThat(RealName.isValid(name)).as("%s", name.codePoints().mapToObj(cp -> "U+%04X".formatted(cp)).toList())
                .isFalse();
    }

    @Test
    void namesLongerThan100CharactersAreRefused() {
        assertThat(RealName.isValid("王".repeat(100))).isTrue();
        assertThat(RealName.isValid("王".repeat(101))).isFalse();
    }

    // --- phones ---------------------------------------------------------------------------------

    @Test
    void phonesAreParsedAsChineseAndStoredInE164() {
        assertThat(PhoneNumbers.normalize("13800000000")).isEqualTo("+8613800000000");
        assertThat(PhoneNumbers.normalize("138 0000 1234")).isEqualTo("+8613800001234");
        assertThat(PhoneNumbers.normalize("+86 138-0000-1234")).isEqualTo("+8613800001234");
        assertThat(PhoneNumbers.normalize("0451-82345678")).isEqualTo("+8645182345678");
        assertThat(PhoneNumbers.normalize("+852 9123 4567")).isEqualTo("+85291234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-------------------", "000000", "12345", "1380000000", "138000000000", "23800000000",
            "+86 abc", "138--0000-1234", "１３８００００００００", "tel:13800000000", ""})
    void whatIsNotAPhoneNumberIsRefused(String phone) {
        assertThatThrownBy(() -> PhoneNumbers.normalize(phone)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phonesAreMaskedFromTheirNormalisedForm() {
        assertThat(PhoneNumbers.mask("+8613800001234")).isEqualTo("138****1234");
        assertThat(PhoneNumbers.mask("+8645182345678")).isEqualTo("045*****5678");
        assertThat(PhoneNumbers.mask("+85291234567")).isEqualTo("+852 ****4567");
        assertThat(PhoneNumbers.mask("13800001234")).isEqualTo("138****1234"); // stored before normalisation
    }

    // --- ID documents ---------------------------------------------------------------------------

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanResidentsFollowGb11643() {
        for (var c : new Object[][] {{IdType.HK_MACAO_PERMIT, "810000"}, {IdType.HK_MACAO_PERMIT, "820000"},
                {IdType.TAIWAN_PERMIT, "830000"}}) {
            IdType type = (IdType) c[0];
            String good = id((String) c[1], BIRTH, "123");
            assertThat(IdDocuments.check(type, good.toLowerCase(), BIRTH, null, TODAY)).isEqualTo(good);
            assertThatThrownBy(() -> IdDocuments.check(type, wrongCheck(good), BIRTH, null, TODAY))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("idNumber")).hasMessageContaining("check digit");
            assertThatThrownBy(() -> IdDocuments.check(type, good, BIRTH.plusDays(1), null, TODAY))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("birthDate"));
        }
        // a Taiwan permit is no Hong Kong one, and the other way round
        assertThatThrownBy(() -> IdDocuments.check(IdType.HK_MACAO_PERMIT, id("830000", BIRTH, "123"), BIRTH, null, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("idNumber"));
        assertThatThrownBy(() -> IdDocuments.check(IdType.TAIWAN_PERMIT, id("810000", BIRTH, "123"), BIRTH, null, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("idNumber"));
        // a residence permit is not registered as a resident ID
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, id("810000", BIRTH, "123"), BIRTH, null, TODAY))
                .hasMessageContaining("HK_MACAO_PERMIT");
        // the travel permits keep their own shapes
        assertThat(IdDocuments.check(IdType.HK_MACAO_PERMIT, "H12345678", BIRTH, null, TODAY)).isEqualTo("H12345678");
        assertThat(IdDocuments.check(IdType.TAIWAN_PERMIT, "12345678", BIRTH, null, TODAY)).isEqualTo("12345678");
        assertThatThrownBy(() -> IdDocuments.check(IdType.HK_MACAO_PERMIT, "X12345678", BIRTH, null, TODAY))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void theForeignPermanentResidentIdOf2023FollowsGb11643() {
        String good = id("911156", BIRTH, "013"); // 9, issuing province 11, nationality code 156-style digits
        assertThat(IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, good, BIRTH, null, TODAY)).isEqualTo(good);
        assertThatThrownBy(() -> IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, wrongCheck(good), BIRTH, null, TODAY))
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, good, LocalDate.of(1991, 3, 5), null, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("birthDate"));
        String notNine = id("811156", BIRTH, "013");
        assertThatThrownBy(() -> IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, notNine, BIRTH, null, TODAY))
                .hasMessageContaining("starts with 9");
        assertThat(IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, "USA110790010011", BIRTH, null, TODAY))
                .isEqualTo("USA110790010011");
    }

    @Test
    void theSequenceCodesParityMustAgreeWithTheGenderGiven() {
        // GB 11643-1999: the 17th digit is odd for a man, even for a woman; the refusal names gender, as birthDate's does
        String woman = id("230110", BIRTH, "124");
        String man = id("230110", BIRTH, "123");
        assertThat(IdDocuments.check(IdType.PRC_RESIDENT_ID, woman, BIRTH, Gender.FEMALE, TODAY)).isEqualTo(woman);
        assertThat(IdDocuments.check(IdType.PRC_RESIDENT_ID, man, BIRTH, Gender.MALE, TODAY)).isEqualTo(man);
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, woman, BIRTH, Gender.MALE, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("gender")).hasMessageContaining("even: female");
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, man, BIRTH, Gender.FEMALE, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("gender")).hasMessageContaining("odd: male");
        // not stated: nothing to compare
        assertThat(IdDocuments.check(IdType.PRC_RESIDENT_ID, woman, BIRTH, Gender.UNSPECIFIED, TODAY)).isEqualTo(woman);
        // the permits and the 2023 foreign card carry the same sequence code
        assertThatThrownBy(() -> IdDocuments.check(IdType.HK_MACAO_PERMIT, id("810000", BIRTH, "124"), BIRTH, Gender.MALE, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("gender"));
        assertThatThrownBy(() -> IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, id("911156", BIRTH, "012"), BIRTH,
                Gender.MALE, TODAY)).satisfies(e -> assertThat(field(e)).isEqualTo("gender"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "100000", "160101", "200101", "240101", "300101", "380101", "470101", "550101",
            "660101", "700101", "720101", "800101", "830101", "900101", "990101"})
    void anAddressCodeOutsideTheProvincesOfGbT2260IsRefusedNamingIdNumber(String area) {
        String number = id(area, BIRTH, "123");
        assertThat(ResidentIdNumber.hasValidCheckDigit(number)).isTrue();
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, number, BIRTH, Gender.MALE, TODAY))
                .satisfies(e -> assertThat(field(e)).isEqualTo("idNumber")).hasMessageContaining("GB/T 2260");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101", "150102", "210102", "230110", "310101", "370102", "410102", "460105",
            "500101", "540102", "610102", "650102", "710000", "810101", "820101"})
    void everyProvinceOfGbT2260IsAccepted(String area) {
        String number = id(area, BIRTH, "123");
        assertThat(IdDocuments.check(IdType.PRC_RESIDENT_ID, number, BIRTH, Gender.MALE, TODAY)).isEqualTo(number);
    }

    @Test
    void theForeignCardsIssuingProvinceIsAGbT2260Code() {
        assertThatThrownBy(() -> IdDocuments.check(IdType.FOREIGN_PERMANENT_RESIDENT_ID, id("900156", BIRTH, "013"), BIRTH,
                null, TODAY)).satisfies(e -> assertThat(field(e)).isEqualTo("idNumber")).hasMessageContaining("GB/T 2260");
    }

    @Test
    void theBirthDateInsideMustBeRealAndPlausible() {
        String feb30 = "230110" + "20260230" + "123";
        String impossible = feb30 + ResidentIdNumber.checkDigit(feb30);
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, impossible, null, null, TODAY))
                .hasMessageContaining("real birth date");
        String future = id("230110", TODAY.plusDays(1), "123");
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, future, TODAY.plusDays(1), null, TODAY))
                .hasMessageContaining("not plausible");
        String ancient = id("230110", LocalDate.of(1899, 12, 31), "123");
        assertThatThrownBy(() -> IdDocuments.check(IdType.PRC_RESIDENT_ID, ancient, LocalDate.of(1899, 12, 31), null, TODAY))
                .hasMessageContaining("not plausible");
    }

    // --- age and guardian -----------------------------------------------------------------------

    @Test
    void aTwoYearOldIsRefusedEvenWithAGuardian() {
        LocalDate twoYearsOld = TODAY.minusYears(2);
        assertThatThrownBy(() -> AgeRules.check(twoYearsOld, TODAY, 8, false))
                .satisfies(e -> assertThat(field(e)).isEqualTo("birthDate"));
        assertThatThrownBy(() -> AgeRules.check(twoYearsOld, TODAY, 8, true))
                .satisfies(e -> assertThat(field(e)).isEqualTo("birthDate"));
    }

    @Test
    void minorsRegisterOnlyWithAGuardiansConsentAndAdultsOnTheirOwn() {
        LocalDate twelve = TODAY.minusYears(12);
        assertThatThrownBy(() -> AgeRules.check(twelve, TODAY, 8, false))
                .satisfies(e -> assertThat(field(e)).isEqualTo("guardian"));
        AgeRules.check(twelve, TODAY, 8, true);
        LocalDate eighteenTomorrow = TODAY.minusYears(18).plusDays(1);
        assertThat(AgeRules.isMinor(eighteenTomorrow, TODAY)).isTrue();
        assertThat(AgeRules.isMinor(TODAY.minusYears(18), TODAY)).isFalse();
        AgeRules.check(TODAY.minusYears(18), TODAY, 8, false);
        AgeRules.check(TODAY.minusYears(8), TODAY, 8, true);
    }
}
