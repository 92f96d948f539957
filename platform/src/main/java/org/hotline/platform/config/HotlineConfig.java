package org.hotline.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code hotline.*} setting, in one place: what every service does the same way (defaults in the platform's
 * {@code microprofile-config.properties}, which a service's {@code application.properties} overrides).
 */
@ConfigMapping(prefix = "hotline")
public interface HotlineConfig {
    /** The bureau's zone: times are stored as UTC instants and shown, and days counted, in this zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Prepended to every topic name (tests use {@code test.}, so that they never read or write the stack's topics). */
    Optional<String> topicPrefix();

    Catalogue catalogue();

    Inbox inbox();

    Outbox outbox();

    Retention retention();

    Outage outage();

    Gauges gauges();

    /** The bureau's catalogue, read by every service: intake validates against it, dispatch routes by it, the public side names it. */
    interface Catalogue {
        /** Category code → its public name (zh-CN and English), the Open311 service list. */
        Map<String, String> categories();

        /** Staff-conduct complaints (派驻纪检组): counted in public, never shown, never sent to a field squad. */
        @WithDefault("STAFF_CONDUCT")
        String staffConduct();

        /** District codes of the bureau's districts. */
        List<String> districts();

        /**
         * Squad codes (the {@code squad} attribute of the realm's squad groups, carried in supervisors' tokens): a
         * dispatch, a re-route or a routing rule names one of these or is refused, so that no case goes where nobody
         * sees it. Dispatch compares the list with the realm at start.
         */
        List<String> squads();

        /** URGENT, HIGH, NORMAL: what a deadline rule may distinguish. */
        List<String> priorities();

        /** The category codes, sorted. */
        default Set<String> categoryCodes() {
            return new java.util.TreeSet<>(categories().keySet());
        }

        /** Whether cases of this category may be shown in public (all but staff conduct). */
        default boolean shownInPublic(String category) {
            return !staffConduct().equals(category);
        }
    }

    interface Inbox {
        /** Attempts for a failure that is not an outage (a deadlock, a bug) before the event is dead-lettered. */
        @WithDefault("8")
        int retries();

        @WithDefault("200ms")
        Duration firstPause();

        @WithDefault("10s")
        Duration longestPause();

        /**
         * How often parked events (waiting for a fact from another topic) are tried again, as a safety net: they are
         * normally applied the moment their fact arrives. The same pass recounts {@code hotline_inbox_parked}.
         */
        @WithDefault("30s")
        Duration parkedSweep();
    }

    interface Outbox {
        @WithDefault("200")
        int batchSize();

        /** A relay that has not touched its lease for this long is taken over by another instance. */
        @WithDefault("10s")
        Duration lease();

        @WithDefault("50ms")
        Duration pollInterval();
    }

    interface Retention {
        /** Published outbox rows are kept this long. */
        @WithDefault("7d")
        Duration outbox();

        /** Processed event ids are kept this long: longer than the topics keep events. */
        @WithDefault("30d")
        Duration inbox();

        /**
         * Callers' names and phones are erased this long after their case closed (the case is kept without them);
         * see {@link org.hotline.platform.privacy.PersonalDataRetention}.
         */
        @WithDefault("180d")
        Duration personalData();

        /** Rows deleted per statement, each its own short transaction. */
        @WithDefault("5000")
        int chunk();

        /** How often retention runs (a scheduler expression reads it as {@code hotline.retention.every}). */
        @WithDefault("1h")
        String every();
    }

    interface Outage {
        /** The seconds a 503 answered while the database is away tells the caller to wait (Retry-After). */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    interface Gauges {
        /** How often the domain gauges (open cases, dispatches, callbacks, the public feed) are recounted. */
        @WithDefault("10s")
        Duration refreshEvery();
    }
}
