package org.volunteernet.activity.views.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.volunteernet.common.rest.Page;

@Schema(name = "MySignupPage", description = "One page of the caller's sign-ups")
public record MySignupPage(List<MySignup> items,
        @Schema(description = "Pass as ?cursor= for the next page, with the same parent and filters; absent on the last page") String nextCursor) {

    public static MySignupPage of(Page<MySignup> page) {
        return new MySignupPage(page.items(), page.nextCursor());
    }
}
