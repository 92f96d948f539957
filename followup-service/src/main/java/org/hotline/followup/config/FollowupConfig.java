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

    /** The next try at an unreachable caller comes no sooner than this. */
    @WithDefault("PT2H")
    Duration retrySpacing();

    /** A case is reopened at most this many times; dissatisfied again, it goes to the dispatchers' and auditors' queue. */
    @WithDefault("2")
    int maxReopenings();

    /** A warning when this share of the callback window (resolution to due) has passed. */
    @WithDefault("0.75")
    double warnAt();

    /** How often each instance looks for callbacks running late. */
    @WithDefault("PT1S")
    Duration scanEvery();

    /** At most this many callbacks are flagged per transaction (the next batch follows at once while they are full). */
    @WithDefault("200")
    int scanBatch();
}
