package org.hotline.notification.notices.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.notices.mapping.NoticeMapper;
import org.hotline.notification.notices.service.NoticeService;
import org.hotline.platform.security.SquadScope;
import org.hotline.platform.work.Polling;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A supervisor's live stream (SSE) of new dispatches and deadline warnings, breaches and escalations for the
 * squad in their token; dispatchers hear every squad. Resumes after Last-Event-ID; only new notices otherwise. The
 * first event, {@code ready}, says from which notice on the stream runs (its id): everything after it will come.
 */
@Path("/notifications/stream")
@Tag(name = "Notifications", description = "What supervisors must hear at once")
@SecurityRequirement(name = "SecurityScheme")
public class NoticeStream {
    private final NoticeService notices;
    private final NoticeMapper mapper;
    private final SquadScope scope;
    private final NotificationConfig.Streams config;

    private final org.hotline.platform.work.ReaderCap readers;

    private final org.hotline.notification.notices.service.NoticeHub hub;

    public NoticeStream(NoticeService notices, NoticeMapper mapper, SquadScope scope, NotificationConfig config,
                        io.micrometer.core.instrument.MeterRegistry registry, org.hotline.notification.notices.service.NoticeHub hub) {
        this.hub = hub;
        this.readers = new org.hotline.platform.work.ReaderCap("notices", config.streams().maxReaders(), 5, registry);
        this.notices = notices;
        this.mapper = mapper;
        this.scope = scope;
        this.config = config.streams();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"supervisor", "dispatcher"})
    @Operation(summary = "New work and deadline alarms for my squad (SSE)",
            description = "At most notification.streams.max-readers readers per instance: beyond, 503 with Retry-After.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String squad = scope.reading();
        return readers.open(() -> notices(lastEventId, squad, sse));
    }

    private Multi<OutboundSseEvent> notices(String lastEventId, String squad, Sse sse) {
        AtomicLong cursor = new AtomicLong();
        Uni<Long> from = lastEventId != null && lastEventId.matches("\\d{1,18}")
                ? Uni.createFrom().item(Long.parseLong(lastEventId))
                : notices.latestId();
        return from.onItem().transformToMulti(start -> {
            cursor.set(start);
            OutboundSseEvent ready = sse.newEventBuilder().id(Long.toString(start)).name("ready")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(java.util.Map.class, java.util.Map.of("after", start)).build();
            Multi<OutboundSseEvent> notices = Polling.poll(config.heartbeat(), hub.notices().changes(), () -> hub.notices().after(cursor.get(), config.batch(),
                            n -> squad == null || squad.equals(n.squad), (after, limit) -> this.notices.after(squad, after, limit)))
                    .map(notice -> {
                        cursor.set(notice.id);
                        return sse.newEventBuilder().id(Long.toString(notice.id)).name(notice.kind)
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(SquadNoticeView.class, mapper.toView(notice)).build();
                    });
            return Multi.createBy().merging().streams(
                    Multi.createBy().concatenating().streams(Multi.createFrom().item(ready), notices),
                    org.hotline.notification.disclosure.rest.Heartbeat.of(sse, config.heartbeat()));
        });
    }
}
