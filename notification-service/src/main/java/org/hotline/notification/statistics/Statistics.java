package org.hotline.notification.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.figures.Figure;

import java.util.List;
import java.util.Map;

/** The bureau's promise measured in public for one month, grouped by one dimension, with each figure's definition. */
@Schema(name = "PublicStatistics")
public record Statistics(@Schema(example = "2026-11") String month, @Schema(example = "district") String by,
                         Map<String, String> definitions, List<Group> groups) {

    @Schema(name = "PublicStatisticsGroup")
    public record Group(@Schema(example = "EAST") String key, long cases, Figure response, Figure onTimeResolution,
                        Figure onTimeResolutionWithoutExtensions, Figure satisfaction, Figure reopen) {
    }

    public static final Map<String, String> DEFINITIONS = Map.of(
            "month", "Cases belong to the month (in the bureau's zone) in which the call was received; each case counts with its latest dispatch round.",
            "response", "Cases on site by the on-site deadline (received + 1 hour by default) ÷ cases whose deadline has passed or that were on site.",
            "onTimeResolution", "Cases dealt with by the resolution deadline (received + 2 days by default, extensions included) ÷ cases whose deadline has passed or that were dealt with.",
            "onTimeResolutionWithoutExtensions", "The same, against the resolution deadline before any extension.",
            "satisfaction", "(Satisfied + basically satisfied) ÷ every callback answer (satisfied, basically satisfied, dissatisfied) given in the month — a dissatisfied answer reopens the case and counts all the same; the auditors' definition.",
            "reopen", "Callback answers that reopened the case (dissatisfied; past the reopening limit, escalated) ÷ every callback answer given in the month; the auditors' definition.");
}
