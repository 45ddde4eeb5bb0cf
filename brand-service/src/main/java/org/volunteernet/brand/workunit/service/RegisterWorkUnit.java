package org.volunteernet.brand.workunit.service;

import org.volunteernet.brand.workunit.domain.WorkUnitKind;

/** A work unit (agency, enterprise, school, military unit, community...) to register in a GB/T 2260 district. */
public record RegisterWorkUnit(String name, WorkUnitKind kind, String district) {
}
