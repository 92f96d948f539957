package org.hotline.intake.cases.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.validation.MaxChars;

/**
 * An operator's correction of a mistake, allowed until a squad has the case. Only the fields given change;
 * a location replaces the whole location. The caller's details and the channel are not corrected here.
 */
@Schema(name = "CaseCorrection")
public record CaseCorrection(
        @PlainText @Size(max = 40) @Schema(example = "SHOP_OCCUPYING_STREET") String category,
        @Valid RegisterComplaint.Location location,
        @PlainText(multiline = true) @MaxChars(2000) @Schema(example = "沿街店铺占道经营，堆放货物") String description) {
}
