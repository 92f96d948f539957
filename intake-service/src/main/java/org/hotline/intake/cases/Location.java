package org.hotline.intake.cases;

/** Where the problem is: district and street are public; the house address and coordinates are not. */
public record Location(String district, String street, String address, String gridCell, Double latitude, Double longitude) {
}
