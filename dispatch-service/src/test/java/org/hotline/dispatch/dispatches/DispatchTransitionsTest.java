package org.hotline.dispatch.dispatches;

import org.hotline.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dispatch moves only through its own steps (派单, 签收, 到场, 处置, 退单, 延期); anything else is a 409. */
@Tag("fast")
class DispatchTransitionsTest {
    private static final Instant T = Instant.parse("2026-11-29T01:30:00Z");

    private static Dispatch opened(String squad) {
        Dispatch d = new Dispatch();
        d.open(1, null, T.plus(Duration.ofHours(1)), T.plus(Duration.ofDays(2)), squad, T);
        d.id = 7L;
        return d;
    }

    private static int conflict(Runnable step) {
        return assertThrows(ProblemException.class, step::run).status();
    }

    @Test
    void aRoundGoesFromDispatchedThroughAcknowledgedAndOnSiteToResolved() {
        Dispatch d = opened("EAST-1");
        assertEquals(DispatchStatus.DISPATCHED, d.status);
        assertEquals(T.plus(Duration.ofHours(1)), d.nextDeadline());
        d.acknowledge("sup.east", T.plusSeconds(60));
        d.arrive("sup.east", T.plusSeconds(600));
        assertEquals(T.plus(Duration.ofDays(2)), d.nextDeadline()); // on site: the resolution deadline matters now
        d.resolve(Outcome.PERSUADED, "已劝离", "摊主为老人", "sup.east", T.plusSeconds(3600));
        assertEquals(DispatchStatus.RESOLVED, d.status);
        assertEquals("sup.east", d.resolvedBy);
        assertEquals(409, conflict(() -> d.resolve(Outcome.PERSUADED, "again", null, "sup.east", T)));
    }

    @Test
    void noStepCanBeSkipped() {
        Dispatch d = opened("EAST-1");
        assertEquals(409, conflict(() -> d.arrive("sup.east", T)));
        assertEquals(409, conflict(() -> d.resolve(Outcome.PERSUADED, "s", null, "sup.east", T)));
        d.acknowledge("sup.east", T);
        assertEquals(409, conflict(() -> d.acknowledge("sup.east", T)));
    }

    @Test
    void whenNoSquadServesItItWaitsInTheQueueUntilADispatcherSendsIt() {
        Dispatch d = opened(null);
        assertEquals(DispatchStatus.UNROUTED, d.status);
        assertNull(d.squad);
        d.reroute("WEST-1", "dispatcher1", T.plusSeconds(5));
        assertEquals(DispatchStatus.DISPATCHED, d.status);
        assertEquals("WEST-1", d.squad);
        assertEquals("dispatcher1", d.reroutedBy);
    }

    @Test
    void aReturnIsOnlyBeforeArrivalAndACorrectionRoutesOnlyWhatNoSquadHasTakenOn() {
        Dispatch d = opened("EAST-1");
        assertTrue(d.reroutable());
        d.acknowledge("sup.east", T);
        assertEquals(409, conflict(() -> d.route("WEST-1", T)));
        d.giveBack("不属于本中队辖区", "sup.east", T);
        assertEquals(DispatchStatus.RETURNED, d.status);
        Dispatch onSite = opened("EAST-1");
        onSite.acknowledge("sup.east", T);
        onSite.arrive("sup.east", T);
        assertEquals(409, conflict(() -> onSite.giveBack("reason", "sup.east", T)));
    }

    @Test
    void anExtensionMovesTheResolutionDeadlineOnlyWhenGrantedAndOnlyLater() {
        Dispatch d = opened("EAST-1");
        Instant later = T.plus(Duration.ofDays(4));
        assertEquals(400, assertThrows(ProblemException.class,
                () -> d.requestExtension(T.plus(Duration.ofDays(1)), "r", "sup.east", T)).status());
        d.requestExtension(later, "需联合执法", "sup.east", T);
        assertEquals(409, conflict(() -> d.requestExtension(later.plusSeconds(1), "again", "sup.east", T)));
        d.decideExtension(true, "dispatcher1", T);
        assertEquals(later, d.resolveDue);
        assertEquals(Dispatch.ExtensionStatus.GRANTED, d.extensionStatus);
        assertEquals(409, conflict(() -> d.decideExtension(false, "dispatcher1", T)));
    }
}
