package org.volunteernet.common.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and, when more follow, the cursor for the next page. */
@Schema(name = "Page")
public record Page<T>(List<T> items,
        @Schema(description = "Pass as ?cursor= for the next page, with the same parent and filters; absent on the last page") String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only says that
     * another page exists, and the cursor points after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rowsPlusOne, int limit, java.util.function.Function<R, T> view,
            java.util.function.Function<R, String> cursorOf) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> shown = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }
}
