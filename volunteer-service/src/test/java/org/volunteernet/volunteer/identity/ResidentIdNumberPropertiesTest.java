package org.volunteernet.volunteer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.volunteer.privacy.ResidentIdNumber;
import org.volunteernet.volunteer.registration.domain.Gender;
import org.volunteernet.volunteer.registration.domain.IdDocuments;
import org.volunteernet.volunteer.registration.domain.IdType;

/**
 * Properties of the GB 11643 check character (ISO 7064 MOD 11-2): every generated valid number passes,
 * and any single changed character fails (MOD 11-2 detects every single-character substitution); the gender
 * given must agree with the sequence code's parity (GB 11643-1999: odd for men, even for women).
 */
@Tag("unit")
class ResidentIdNumberPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    record Generated(IdType type, String number, LocalDate birth) {
    }

    @Provide
    Arbitrary<Generated> numbers() {
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, (int) (TODAY.toEpochDay()
                - ResidentIdNumber.EARLIEST_BIRTH_DATE.toEpochDay())).map(d -> ResidentIdNumber.EARLIEST_BIRTH_DATE.plusDays(d));
        Arbitrary<String> sequences = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<Object[]> kinds = Arbitraries.of(
                new Object[] {IdType.PRC_RESIDENT_ID, null},
                new Object[] {IdType.HK_MACAO_PERMIT, "810000"},
                new Object[] {IdType.HK_MACAO_PERMIT, "820000"},
                new Object[] {IdType.TAIWAN_PERMIT, "830000"},
                new Object[] {IdType.FOREIGN_PERMANENT_RESIDENT_ID, "9"});
        // address codes (and the foreign card's issuing province) in a province of GB/T 2260
        Arbitrary<String> provinces = Arbitraries.of(ResidentIdNumber.PROVINCE_CODES.stream().sorted().toList());
        Arbitrary<String> addresses = Combinators.combine(provinces, Arbitraries.strings().numeric().ofLength(4))
                .as(String::concat).filter(a -> !a.matches("8[12]0000"));
        Arbitrary<String> foreignRest = Combinators.combine(provinces, Arbitraries.strings().numeric().ofLength(3))
                .as(String::concat);
        return Combinators.combine(kinds, births, sequences, addresses, foreignRest).as((kind, birth, seq, address, rest) -> {
            String prefix = kind[1] == null ? address : "9".equals(kind[1]) ? "9" + rest : (String) kind[1];
            String first17 = prefix + birth.toString().replace("-", "") + seq;
            return new Generated((IdType) kind[0], first17 + ResidentIdNumber.checkDigit(first17), birth);
        });
    }

    @Property(tries = 500)
    void everyValidGeneratedNumberPasses(@ForAll("numbers") Generated id) {
        assertThat(ResidentIdNumber.hasValidCheckDigit(id.number())).isTrue();
        assertThat(IdDocuments.check(id.type(), id.number(), id.birth(), null, TODAY)).isEqualTo(id.number());
    }

    @Property(tries = 500)
    void theGenderGivenMustAgreeWithTheSequenceCodesParity(@ForAll("numbers") Generated id) {
        boolean male = (id.number().charAt(16) - '0') % 2 == 1;
        Gender right = male ? Gender.MALE : Gender.FEMALE;
        Gender wrong = male ? Gender.FEMALE : Gender.MALE;
        assertThat(IdDocuments.check(id.type(), id.number(), id.birth(), right, TODAY)).isEqualTo(id.number());
        assertThatThrownBy(() -> IdDocuments.check(id.type(), id.number(), id.birth(), wrong, TODAY))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().errors().get(0).field()).isEqualTo("gender"));
    }

    @Property(tries = 1000)
    void anySingleChangedCharacterFailsTheCheck(@ForAll("numbers") Generated id,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String alphabet = position == 17 ? "0123456789X" : "0123456789";
        char original = id.number().charAt(position);
        char changed = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
        if (changed == original) {
            changed = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length());
        }
        String tampered = id.number().substring(0, position) + changed + id.number().substring(position + 1);
        assertThat(ResidentIdNumber.hasValidCheckDigit(tampered)).as("%s -> %s", id.number(), tampered).isFalse();
    }
}
