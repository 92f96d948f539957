package org.hotline.followup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Callback policy ({@code followup.*}). */
@ConfigMapping(prefix = "followup")
public interface FollowupConfig {
    /** A callback is due this long after the resolution (按时回访). */
    @WithDefault("P1D")
    Duration callbackWithin();

    /** Unreachable callers are tried this many times before the case closes as unreachable. */
    @WithDefault("3")
    int maxAttempts();
}
