package org.hotline.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/** The catalogues and limits operators work within ({@code intake.*}). */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {
    /** Category codes an operator may choose (the bureau's catalogue, domain.md). */
    @WithDefault("ILLEGAL_CONSTRUCTION,STREET_VENDOR,SHOP_OCCUPYING_STREET,ILLEGAL_FLYERS,OUTDOOR_ADVERTISING,SANITATION,STAFF_CONDUCT,OTHER")
    Set<String> categories();

    /** District codes of the bureau's four districts. */
    @WithDefault("EAST,WEST,SOUTH,NORTH")
    Set<String> districts();

    @WithDefault("URGENT,HIGH,NORMAL")
    Set<String> priorities();

    /** How far back a call's received time may lie (an operator logging a call taken earlier). */
    @WithDefault("P7D")
    Duration maxReceivedAge();

    /** A new complaint of the same category at the same address within this span of an open case is linked to it. */
    @WithDefault("P7D")
    Duration duplicateWindow();

    /** How far back "the caller's recent cases" reach in a look-up by phone. */
    @WithDefault("P90D")
    Duration recentCases();
}
