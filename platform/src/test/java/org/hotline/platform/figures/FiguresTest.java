package org.hotline.platform.figures;

import org.hotline.platform.problem.ProblemException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Tag("fast")
class FiguresTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> BY = Map.of("bureau", "'BUREAU'", "district", "f.district");

    @Test
    void aMonthIsBoundedByMidnightInTheBureausZone() {
        MonthlyQuery q = MonthlyQuery.parse("2026-11", "district", BY, Clock.systemUTC(), SHANGHAI);
        assertEquals(YearMonth.of(2026, 11), q.month());
        assertEquals("f.district", q.column());
        assertEquals(Instant.parse("2026-10-31T16:00:00Z"), q.from());
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), q.to());
    }

    @Test
    void withoutAMonthItIsThisMonthInTheBureausZoneByTheClock() {
        // 23:30 UTC on 30 November is already 1 December in Shanghai
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 12), MonthlyQuery.parse(null, "bureau", BY, clock, SHANGHAI).month());
    }

    @Test
    void aBadMonthOrGroupingIsA400NamingTheParameter() {
        ProblemException month = assertThrows(ProblemException.class,
                () -> MonthlyQuery.parse("2026-13", "bureau", BY, Clock.systemUTC(), SHANGHAI));
        assertEquals("month", month.toProblem("/x").errors().get(0).field());
        ProblemException by = assertThrows(ProblemException.class,
                () -> MonthlyQuery.parse("2026-11", "squad; drop table", BY, Clock.systemUTC(), SHANGHAI));
        assertEquals(400, by.toProblem("/x").status());
        assertEquals("by", by.toProblem("/x").errors().get(0).field());
    }

    @Test
    void aFigureIsCountOverOfRoundedToFourPlaces() {
        assertEquals(new Figure(301, 377, 0.7984), Figure.of(301, 377));
        assertEquals(1.0, Figure.of(5L, 5L).rate());
        assertNull(Figure.of(0, 0).rate());
        assertEquals(Figure.of(2, 3), Figure.of((Object) 2L, (Object) 3));
    }
}
