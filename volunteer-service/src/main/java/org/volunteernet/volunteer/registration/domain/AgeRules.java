package org.volunteernet.volunteer.registration.domain;

import java.time.LocalDate;
import java.time.Period;
import org.volunteernet.common.problem.ProblemException;

/**
 * Who may register at what age.
 *
 * <p>The Volunteer Service Regulations (志愿服务条例, State Council Decree No. 685, 2017) Art. 15 ask
 * that volunteers be given service suited to their age, knowledge, skills and health; a minor's
 * participation rests on the guardian, who is the minor's legal representative (Civil Code Art. 17:
 * adulthood at 18; Art. 19-20: a minor of 8 or more acts with the guardian's consent, a child under 8
 * only through the guardian). Hence:
 * <ul>
 *   <li>under {@code minimumAge} (configured, {@code volunteernet.registration.minimum-age}, default 8):
 *       refused, 400 naming {@code birthDate};</li>
 *   <li>from {@code minimumAge} to under {@value #ADULT_AGE}: only with a guardian's consent (name, relation,
 *       consent text version), else 400 naming {@code guardian};</li>
 *   <li>{@value #ADULT_AGE} and over: on their own consent; a guardian given is not stored.</li>
 * </ul>
 * Ages are in whole years on the registration date (network time zone).
 */
public final class AgeRules {

    /** Civil Code Art. 17. */
    public static final int ADULT_AGE = 18;

    private AgeRules() {
    }

    /** Age in whole years on {@code today}. */
    public static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** Whether the volunteer needs a guardian's consent. */
    public static boolean isMinor(LocalDate birthDate, LocalDate today) {
        return age(birthDate, today) < ADULT_AGE;
    }

    /**
     * Refuses what the rules above refuse.
     *
     * @throws ProblemException 400 naming {@code birthDate} (too young) or {@code guardian} (consent missing)
     */
    public static void check(LocalDate birthDate, LocalDate today, int minimumAge, boolean guardianConsentGiven) {
        int age = age(birthDate, today);
        if (age < minimumAge) {
            throw ProblemException.invalid("birthDate", "volunteers register from the age of " + minimumAge
                    + " (this birth date gives " + age + ")");
        }
        if (age < ADULT_AGE && !guardianConsentGiven) {
            throw ProblemException.invalid("guardian", "a volunteer under " + ADULT_AGE
                    + " registers only with a guardian's consent (name, relation, consent text version)");
        }
    }
}
