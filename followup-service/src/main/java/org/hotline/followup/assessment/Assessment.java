package org.hotline.followup.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.figures.Figure;

import java.util.List;
import java.util.Map;

/** The monthly assessment (月度考核) figures of one month, grouped by one dimension. */
@Schema(name = "Assessment")
public record Assessment(
        @Schema(example = "2026-11") String month,
        @Schema(example = "squad", description = "bureau (no grouping), district, squad, channel or category") String by,
        @Schema(description = "How each figure is counted") Map<String, String> definitions,
        List<Group> groups) {

    @Schema(name = "AssessmentGroup")
    public record Group(
            @Schema(example = "EAST-1") String key,
            Figure response,
            Figure onTimeResolution,
            Figure onTimeResolutionWithoutExtensions,
            Figure satisfaction,
            Figure onTimeCallback,
            Figure reopen) {
    }

    public static final Map<String, String> DEFINITIONS = Map.of(
            "month", "A dispatch round belongs to the month (in the bureau's zone) in which its on-site deadline fell; a callback to the month it was due (on-time callback) or was answered (satisfaction, reopen).",
            "response", "Rounds on site by their on-site deadline ÷ rounds whose on-site deadline has passed or that were on site.",
            "onTimeResolution", "Rounds resolved by their resolution deadline, extensions granted included ÷ rounds whose (extended) deadline has passed or that were resolved.",
            "onTimeResolutionWithoutExtensions", "The same, against the deadline before any extension.",
            "satisfaction", "(Satisfied + basically satisfied) ÷ callbacks that reached the caller (satisfied, basically satisfied, dissatisfied).",
            "onTimeCallback", "Callbacks whose first attempt was made by the due time ÷ callbacks due (due time passed, or attempted).",
            "reopen", "Callbacks ending in a reopening (or an escalation past the reopening limit) ÷ callbacks that reached the caller.");
}
