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

    /**
     * The service under test's {@code hotline_events_total} for an event type (null: every type) and an inbox result
     * ({@code applied}, {@code duplicate}, {@code parked}, {@code dead_lettered}), read from its {@code /q/metrics}.
     */
    public static double events(String type, String result) {
        String metrics = io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("hotline_events_total{") && l.contains("result=\"" + result + "\"")
                        && (type == null || l.contains("type=\"" + type + "\"")))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
