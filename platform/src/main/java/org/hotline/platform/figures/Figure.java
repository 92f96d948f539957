package org.hotline.platform.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate as counted: {@code count} ÷ {@code of}, rounded to four places (null when nothing was counted). */
@Schema(name = "Figure")
public record Figure(@Schema(example = "301") long count, @Schema(example = "377") long of,
                     @Schema(example = "0.7984") Double rate) {

    public static Figure of(long count, long of) {
        return new Figure(count, of, of == 0 ? null : Math.round(10000.0 * count / of) / 10000.0);
    }

    /** From a native query's count columns. */
    public static Figure of(Object count, Object of) {
        return of(((Number) count).longValue(), ((Number) of).longValue());
    }
}
