package org.hotline.followup.callbacks;

import org.hotline.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A callback (回访) as the bureau's rules have it: 3 tries 2 hours apart, at most 2 reopenings. */
@Tag("fast")
class CallbackTransitionsTest {
    private static final Instant RESOLVED = Instant.parse("2026-11-29T01:30:00Z");
    private static final Duration SPACING = Duration.ofHours(2);

    private static Callback due(int round) {
        Callback c = new Callback();
        c.id = 9L;
        c.round = round;
        c.open(RESOLVED, Duration.ofDays(1));
        return c;
    }

    private static CallbackStatus record(Callback c, CallbackResult result, Instant at) {
        return c.record(result, null, "operator1", at, 3, SPACING, 2);
    }

    @Test
    void aResolvedRoundOwesACallbackDueADayLaterThatCanBeMadeAtOnce() {
        Callback c = due(1);
        assertEquals(CallbackStatus.DUE, c.status);
        assertEquals(RESOLVED.plus(Duration.ofDays(1)), c.dueAt);
        assertEquals(RESOLVED, c.nextAttemptAt);
        assertFalse(c.overdue(RESOLVED.plus(Duration.ofHours(23))));
        assertTrue(c.overdue(RESOLVED.plus(Duration.ofHours(25))));
    }

    @Test
    void satisfiedOrBasicallySatisfiedClosesTheCase() {
        Callback c = due(1);
        assertEquals(CallbackStatus.CLOSED, record(c, CallbackResult.BASICALLY_SATISFIED, RESOLVED.plusSeconds(60)));
        assertEquals("operator1", c.closedBy);
        assertEquals(RESOLVED.plusSeconds(60), c.firstContactAt);
        assertEquals(409, assertThrows(ProblemException.class, () -> record(c, CallbackResult.SATISFIED, RESOLVED)).status());
    }

    @Test
    void anUnreachableCallerIsTriedAgainTwoHoursLaterThreeTimesInAll() {
        Callback c = due(1);
        Instant t = RESOLVED.plusSeconds(60);
        assertEquals(CallbackStatus.DUE, record(c, CallbackResult.UNREACHABLE, t));
        assertEquals(t.plus(SPACING), c.nextAttemptAt);
        assertNull(c.closedAt);
        assertEquals(CallbackStatus.DUE, record(c, CallbackResult.UNREACHABLE, t.plus(SPACING)));
        assertEquals(CallbackStatus.CLOSED, record(c, CallbackResult.UNREACHABLE, t.plus(SPACING.multipliedBy(2))));
        assertEquals(3, c.attempts);
        assertEquals(CallbackResult.UNREACHABLE, c.result);
    }

    @Test
    void dissatisfiedReopensTwiceThenGoesToTheDispatchersAndAuditors() {
        assertEquals(CallbackStatus.REOPENED, record(due(1), CallbackResult.DISSATISFIED, RESOLVED));
        assertEquals(CallbackStatus.REOPENED, record(due(2), CallbackResult.DISSATISFIED, RESOLVED));
        assertEquals(CallbackStatus.ESCALATED, record(due(3), CallbackResult.DISSATISFIED, RESOLVED));
    }

    @Test
    void aLateCallbackIsWarnedOnceThenFlaggedOverdueOnce() {
        Callback c = due(1);
        Instant warning = RESOLVED.plus(Duration.ofHours(18));
        assertFalse(c.flagLate(warning));
        assertEquals(warning, c.warnedAt);
        assertNull(c.breachedAt);
        Instant due = RESOLVED.plus(Duration.ofDays(1));
        assertTrue(c.flagLate(due));
        assertEquals(due, c.breachedAt);
        assertEquals(warning, c.warnedAt);
        Callback late = due(1);
        assertTrue(late.flagLate(due)); // found only at the due time: no separate warning, it is implied
        assertEquals(due, late.warnedAt);
    }
}
