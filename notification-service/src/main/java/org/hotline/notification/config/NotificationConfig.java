package org.hotline.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The public side's and the notices' settings ({@code notification.*}); the catalogue is the bureau's. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {
    /** The agency named as responsible in Open311. */
    @WithDefault("城管执法局 Urban Management Enforcement Bureau")
    String agency();

    /**
     * The secret under which callers' names are fingerprinted ({@link org.hotline.notification.disclosure.PublicTextGuard}):
     * from the environment in production ({@code HOTLINE_CALLER_NAME_KEY}); whoever holds it can test guesses.
     */
    String callerNameKey();

    Notices notices();

    Streams streams();

    /** Complainants' outcome notices, sent after the closure commits. */
    interface Notices {
        /** How often each instance sends what is due. */
        @WithDefault("PT1S")
        Duration every();

        /** At most this many notices per transaction (the next batch follows at once while they are full). */
        @WithDefault("20")
        int batch();

        /** A notice the gateway refused is tried again after this, doubling each time… */
        @WithDefault("PT30S")
        Duration retryAfter();

        /** …up to this. */
        @WithDefault("PT1H")
        Duration longestRetry();
    }

    /** The live streams (the public feed, supervisors' notices). */
    interface Streams {
        /** How often a live stream looks for what is new. */
        @WithDefault("PT0.5S")
        Duration poll();

        /** At most this many items per look. */
        @WithDefault("200")
        int batch();

        /** How many recent items each instance keeps in memory for its live readers (older ones are read from the database). */
        @WithDefault("2000")
        int ring();

        /** A comment line this often keeps an idle stream open through proxies. */
        @WithDefault("PT15S")
        java.time.Duration heartbeat();

        /** At most this many open readers of each live stream per instance (then 503 with Retry-After). */
        @WithDefault("1000")
        int maxReaders();
    }
}
