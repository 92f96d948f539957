package org.hotline.dispatch.deadlines;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.dispatch.deadlines.service.DeadlinePolicy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bureau's promise as dispatch computes it, from the service's own configuration (no Quarkus boot). */
@Tag("fast")
class DeadlineRulesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z"); // Friday 10:00 in Shanghai

    /** dispatch.* as application.properties has it, with overrides. */
    private static DispatchConfig config(Map<String, String> overrides) {
        Properties file = new Properties();
        try (InputStream in = DeadlineRulesTest.class.getResourceAsStream("/application.properties")) {
            file.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>();
        file.stringPropertyNames().stream().filter(k -> k.startsWith("dispatch.")).forEach(k -> properties.put(k, file.getProperty(k)));
        properties.putAll(overrides);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(DispatchConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(DispatchConfig.class);
    }

    private static DeadlinePolicy policy(Map<String, String> overrides, Instant now) {
        return new DeadlinePolicy(config(overrides), Clock.fixed(now, ZoneOffset.UTC), SHANGHAI);
    }

    @Test
    void thePromiseIsOnSiteWithinAnHourAndDealtWithWithinTwoDays() {
        DeadlinePolicy.Deadlines due = policy(Map.of(), NOW).of("HOTLINE", "STREET_VENDOR", "NORMAL", NOW);
        assertEquals(NOW.plus(Duration.ofHours(1)), due.onSiteDue());
        assertEquals(NOW.plus(Duration.ofDays(2)), due.resolveDue());
    }

    @Test
    void urgentCasesHaveTheirOwnRuleAndTheFirstMatchingRuleWins() {
        DeadlinePolicy.Deadlines due = policy(Map.of(), NOW).of("MAYOR_LINE", "ILLEGAL_CONSTRUCTION", "URGENT", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(30)), due.onSiteDue());
        assertEquals(NOW.plus(Duration.ofDays(1)), due.resolveDue());
    }

    @Test
    void illegalConstructionIsDueAtTheEndOfTheFifthWorkingDay() {
        // Friday 27 November: Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December → due at midnight closing Friday 4 December
        DeadlinePolicy.Deadlines due = policy(Map.of(), NOW).of("HOTLINE", "ILLEGAL_CONSTRUCTION", "NORMAL", NOW);
        assertEquals(LocalDate.of(2026, 12, 5).atStartOfDay(SHANGHAI).toInstant(), due.resolveDue());
    }

    @Test
    void theWarningComesAtThreeQuartersOfTheWindowAndTheEscalationRightAfterTheBreach() {
        DeadlinePolicy policy = policy(Map.of(), NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(45)), policy.warning(NOW, NOW.plus(Duration.ofHours(1))));
        assertEquals(NOW, policy.escalation(NOW));
    }

    @Test
    void holidaysAndMadeUpWeekendDaysCountAsTheStateCouncilSetThem() {
        WorkingCalendar calendar = new WorkingCalendar(Set.of(2026), Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                Set.of(LocalDate.of(2026, 10, 10)), SHANGHAI);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));  // National Day, a Thursday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)));  // a Saturday worked instead
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))); // an ordinary Sunday
        // Wednesday 30 September 18:00 in Shanghai, 1 working day: Thursday and Friday are holidays, the weekend is off
        Instant from = LocalDate.of(2026, 9, 30).atTime(18, 0).atZone(SHANGHAI).toInstant();
        assertEquals(LocalDate.of(2026, 10, 6).atStartOfDay(SHANGHAI).toInstant(), calendar.endOfWorkingDaysAfter(from, 1));
    }

    @Test
    void aCalendarThatDoesNotCoverThisYearAndTheNextStopsTheServiceAtStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> policy(Map.of(), Instant.parse("2027-06-01T00:00:00Z"))); // covers 2026 and 2027, not 2028
        assertTrue(e.getMessage().contains("2028"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(Set.of(2026),
                Set.of(LocalDate.of(2062, 10, 1)), Set.of(), SHANGHAI)); // a typo in a year is refused
    }
}
