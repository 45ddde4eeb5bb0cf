package org.volunteernet.activity.views.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.rest.Page;

@Schema(name = "OccurrenceListingPage", description = "One page of occurrences")
public record OccurrenceListingPage(List<OccurrenceListing> items,
        @Schema(description = "Pass as ?cursor= for the next page, with the same parent and filters; absent on the last page") String nextCursor) {

    public static OccurrenceListingPage of(Page<OccurrenceListing> page) {
        return new OccurrenceListingPage(page.items(), page.nextCursor());
    }
}
