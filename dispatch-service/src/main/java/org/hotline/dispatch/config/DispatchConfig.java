package org.hotline.dispatch.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Routing and the bureau's promise ({@code dispatch.*}). The routing table itself is data (see /routing-rules). */
@ConfigMapping(prefix = "dispatch")
public interface DispatchConfig {
    /** Staff-conduct complaints ({@code hotline.catalogue.staff-conduct}) go here (派驻纪检组), never to a field squad. */
    @WithDefault("DISCIPLINE")
    String disciplineOffice();

    Deadlines deadlines();

    RealmCheck realmCheck();

    /**
     * At start, the squads of the catalogue ({@code hotline.catalogue.squads}) are compared with the realm's squad
     * groups (their attribute {@code squad}), through Keycloak's admin API as a client that may only read groups: a
     * squad without a group could be sent work no supervisor sees; a group without a squad has supervisors who never
     * get any. Either refuses the start, naming the squads.
     */
    interface RealmCheck {
        @WithDefault("true")
        boolean enabled();

        /** The confidential client whose service account may query the realm's groups. */
        @WithDefault("hotline-dispatch")
        String clientId();

        /** Its secret: from the environment in production ({@code HOTLINE_DISPATCH_CLIENT_SECRET}). */
        String clientSecret();

        /** How long to wait for Keycloak to answer at start before giving up. */
        @WithDefault("PT60S")
        Duration waitFor();
    }

    Calendar calendar();

    /** The promise: on site within 1 hour, dealt with within 2 days, unless a rule says otherwise. */
    interface Deadlines {
        /** On site within this span of the call (1小时内到现场). */
        @WithDefault("PT1H")
        Duration onSite();

        /** Dealt with within this span of the call (两日内处置完毕). */
        @WithDefault("P2D")
        Duration resolve();

        /** A warning when this share of a window has passed. */
        @WithDefault("0.75")
        double warnAt();

        /** The escalation (督办) follows a breach after this span. */
        @WithDefault("PT0S")
        Duration escalateAfter();

        /** How often each instance looks for what has fallen due. */
        @WithDefault("PT0.2S")
        Duration scanEvery();

        /** At most this many alarms are raised per transaction (the next batch follows at once while they are full). */
        @WithDefault("500")
        int batch();

        /** Per channel, category and priority: the first rule that matches wins; absent fields match any. */
        List<Rule> rules();
    }

    interface Rule {
        Optional<String> channel();

        Optional<String> category();

        Optional<String> priority();

        Optional<Duration> onSite();

        Optional<Duration> resolve();

        /** The resolution limit in working days (end of the n-th working day after the call). */
        OptionalInt resolveWorkingDays();
    }

    /**
     * The statutory holiday calendar: holidays on weekdays, and weekend days made working days (调休), for the
     * {@code years} it covers. The service refuses to start when they do not include this year and the next.
     */
    interface Calendar {
        Set<Integer> years();

        /** Years entered from the statutory rules before the State Council's notice: started with a warning. */
        Optional<Set<Integer>> provisionalYears();

        Optional<Set<LocalDate>> holidays();

        Optional<Set<LocalDate>> workingWeekends();
    }
}
