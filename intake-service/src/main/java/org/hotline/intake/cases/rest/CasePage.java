package org.hotline.intake.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a search, newest first; pass {@code next} as {@code cursor} for the following page. */
@Schema(name = "CasePage")
public record CasePage(
        List<CaseView> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "MjAyNi0xMS0yOVQwMTozMDowMFp8NDI") String next) {
}
