package org.volunteernet.brand.workunit.domain;

/** Kinds of work unit whose members learn at their posts. */
public enum WorkUnitKind {
    GOVERNMENT_OFFICE, ENTERPRISE, SCHOOL, HOSPITAL, MILITARY_UNIT, COMMUNITY, OTHER
}
