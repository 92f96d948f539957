package org.hotline.platform.figures;

import java.util.Map;

/** The counts behind monthly figures, by group key, as native queries return them: rows of {@code [key, n1, n2, ...]}. */
public final class Counts {
    private Counts() {
    }

    /** Puts a row's numbers into its group's counts (an array of {@code width}) from {@code offset}. */
    public static void put(Map<String, long[]> counts, Object[] row, int offset, int width) {
        long[] c = counts.computeIfAbsent(String.valueOf(row[0]), k -> new long[width]);
        for (int i = 1; i < row.length; i++) {
            c[offset + i - 1] = ((Number) row[i]).longValue();
        }
    }
}
