package org.hotline.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The limits operators work within ({@code intake.*}); the catalogue is the bureau's ({@code hotline.catalogue}). */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {
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
