package org.hotline.platform.testing;

/** Reads a figure out of a service's {@code /q/metrics} text. */
public final class Prometheus {
    private Prometheus() {
    }

    /** The sum of every series of {@code name} whose labels contain {@code label} (for example {@code reason="outage"}). */
    public static double sum(String metrics, String name, String label) {
        return metrics.lines()
                .filter(l -> l.startsWith(name + "{") && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
