package org.hotline.intake.cases.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A caller's phone, however typed: in a body, so that it never appears in a URL or an access log. */
@Schema(name = "CallerLookup")
public record CallerLookup(@PlainText @NotBlank @Size(max = 30) @Schema(example = "138 1234 5678") String phone) {
}
