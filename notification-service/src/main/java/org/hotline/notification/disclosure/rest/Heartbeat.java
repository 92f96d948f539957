package org.hotline.notification.disclosure.rest;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;

/** A comment line on a live stream every so often: proxies keep an idle stream open, readers' {@code onmessage} ignores it. */
public final class Heartbeat {
    private Heartbeat() {
    }

    public static Multi<OutboundSseEvent> of(Sse sse, Duration every) {
        return Multi.createFrom().ticks().every(every).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
    }
}
