package org.volunteernet.reporting.district;

import org.volunteernet.reporting.district.service.DistrictReportRenderings;
import org.volunteernet.reporting.districtname.service.DistrictNames;

/** Builds the renderings outside CDI for plain unit tests. */
final class DistrictReportRenderingsAccess {

    private DistrictReportRenderingsAccess() {
    }

    static DistrictReportRenderings of(DistrictNames names) {
        return DistrictReportRenderings.withNames(names);
    }
}
