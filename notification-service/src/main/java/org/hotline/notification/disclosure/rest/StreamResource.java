package org.hotline.notification.disclosure.rest;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The feed live, as Server-Sent Events: each entry an event whose id is its seq. A reader that reconnects with
 * {@code Last-Event-ID} (browsers do it by themselves) resumes right after it: no gap, no repeat, whichever
 * instance answers, because the stream reads the chain in the database in seq order.
 */
@Path("/feed/stream")
@PermitAll
@Tag(name = "Disclosure", description = "The public feed of handling results (公开), no login needed")
public class StreamResource {
    private static final Duration POLL = Duration.ofMillis(500);
    private final Pool pool;

    public StreamResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live feed (SSE)", description = "Event id = seq; resumes after Last-Event-ID (or ?after=).")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
                                          @Parameter(description = "Start after this seq when there is no Last-Event-ID")
                                          @QueryParam("after") Long after,
                                          @Context Sse sse) {
        AtomicLong cursor = new AtomicLong(start(lastEventId, after));
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(POLL)
                .onOverflow().drop()
                .concatMap(tick -> pool.preparedQuery("select * from disclosure_entry where seq > $1 order by seq limit 200")
                        .execute(Tuple.of(cursor.get()))
                        .toMulti()
                        .onItem().transformToIterable(rows -> rows))
                .map(row -> {
                    cursor.set(row.getLong("seq"));
                    return sse.newEventBuilder()
                            .id(Long.toString(row.getLong("seq")))
                            .name("disclosure")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(DisclosureView.class, view(row))
                            .build();
                });
    }

    private static long start(String lastEventId, Long after) {
        if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
            return Long.parseLong(lastEventId);
        }
        return after == null ? 0 : after;
    }

    private static DisclosureView view(Row r) {
        return new DisclosureView(r.getLong("seq"), r.getString("case_number"), r.getString("channel"), r.getString("category"),
                r.getString("district"), r.getString("street"), r.getString("status"), r.getString("outcome"),
                r.getString("public_summary"), r.getString("satisfaction"), time(r, "received_at"), time(r, "resolved_at"),
                time(r, "closed_at"), time(r, "published_at"), r.getLong("corrects_seq"), r.getString("prev_hash"), r.getString("hash"));
    }

    private static Instant time(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
