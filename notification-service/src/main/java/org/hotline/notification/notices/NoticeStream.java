package org.hotline.notification.notices;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.platform.problem.ProblemException;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A supervisor's live stream (SSE) of new dispatches and deadline warnings, breaches and escalations for the
 * squad in their token; dispatchers hear every squad. Resumes after Last-Event-ID; only new notices otherwise.
 */
@Path("/notifications/stream")
@Tag(name = "Notifications", description = "What supervisors must hear at once")
@SecurityRequirement(name = "SecurityScheme")
public class NoticeStream {
    private final Pool pool;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public NoticeStream(Pool pool, SecurityIdentity identity, JsonWebToken token) {
        this.pool = pool;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"supervisor", "dispatcher"})
    @Operation(summary = "New work and deadline alarms for my squad (SSE)")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String squad = identity.hasRole("dispatcher") ? null : token.getClaim("squad");
        if (squad == null && !identity.hasRole("dispatcher")) {
            throw new ProblemException(403, "No squad", "the supervisor's token carries no squad claim");
        }
        AtomicLong cursor = new AtomicLong();
        io.smallrye.mutiny.Uni<Long> from = lastEventId != null && lastEventId.matches("\\d{1,18}")
                ? io.smallrye.mutiny.Uni.createFrom().item(Long.parseLong(lastEventId))
                : pool.query("select coalesce(max(id), 0) from squad_notice").execute().map(rows -> rows.iterator().next().getLong(0));
        return from.onItem().transformToMulti(start -> {
                    cursor.set(start);
                    return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(Duration.ofMillis(500))
                            .onOverflow().drop()
                            .concatMap(tick -> query(squad, cursor.get()).toMulti().onItem().transformToIterable(rows -> rows));
                })
                .map(row -> {
                    cursor.set(row.getLong("id"));
                    Map<String, Object> notice = new LinkedHashMap<>();
                    notice.put("kind", row.getString("kind"));
                    notice.put("squad", row.getString("squad"));
                    notice.put("caseNumber", row.getString("case_number"));
                    notice.put("dispatchId", row.getLong("dispatch_id"));
                    notice.put("detail", row.getString("detail"));
                    notice.put("at", row.getOffsetDateTime("at").toInstant().toString());
                    return sse.newEventBuilder().id(Long.toString(row.getLong("id"))).name(row.getString("kind"))
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Map.class, notice).build();
                });
    }

    private io.smallrye.mutiny.Uni<io.vertx.mutiny.sqlclient.RowSet<io.vertx.mutiny.sqlclient.Row>> query(String squad, long after) {
        return squad == null
                ? pool.preparedQuery("select * from squad_notice where id > $1 order by id limit 200").execute(Tuple.of(after))
                : pool.preparedQuery("select * from squad_notice where squad = $2 and id > $1 order by id limit 200")
                .execute(Tuple.of(after, squad));
    }
}
