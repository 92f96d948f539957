package org.hotline.intake.cases;

/** An operator's correction: only the fields given change; a location replaces the whole location. */
public record Correction(String category, Location location, String description) {
}
