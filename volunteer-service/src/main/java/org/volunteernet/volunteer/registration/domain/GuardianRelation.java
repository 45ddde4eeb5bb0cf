package org.volunteernet.volunteer.registration.domain;

/**
 * Who consents for a volunteer under 18: the minor's guardian as the Civil Code (民法典) Art. 27 orders
 * them: parents first, then grandparents, adult siblings, or another person or organisation appointed
 * as guardian.
 */
public enum GuardianRelation {
    PARENT, GRANDPARENT, ADULT_SIBLING, OTHER_GUARDIAN
}
