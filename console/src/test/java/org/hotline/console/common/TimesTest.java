package org.hotline.console.common;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How long a breach has been overdue, in the words the board shows (and console.js keeps counting in). */
@Tag("fast")
class TimesTest {

    private static String ago(Duration d) {
        return Times.since(Instant.now().minus(d).toString());
    }

    @Test
    void minutesHoursAndDaysInTheBureausWords() {
        assertEquals("5分", ago(Duration.ofMinutes(5).plusSeconds(10)));
        assertEquals("2小时13分", ago(Duration.ofHours(2).plusMinutes(13).plusSeconds(10)));
        assertEquals("3天4小时", ago(Duration.ofDays(3).plusHours(4).plusMinutes(59)));
    }

    @Test
    void anAbsentOrUnreadableTimeShowsNothing() {
        assertEquals("", Times.since(null));
        assertEquals("", Times.since("not a time"));
    }
}
