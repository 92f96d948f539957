package org.hotline.notification.disclosure.rest;

import io.smallrye.mutiny.Multi;
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
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.notification.disclosure.service.DisclosureService;
import org.hotline.platform.work.Polling;

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
    private final DisclosureService disclosure;
    private final DisclosureMapper mapper;
    private final NotificationConfig.Streams config;

    private final org.hotline.platform.work.ReaderCap readers;

    private final org.hotline.notification.disclosure.service.FeedHub hub;

    public StreamResource(DisclosureService disclosure, DisclosureMapper mapper, NotificationConfig config,
                          io.micrometer.core.instrument.MeterRegistry registry, org.hotline.notification.disclosure.service.FeedHub hub) {
        this.hub = hub;
        this.readers = new org.hotline.platform.work.ReaderCap("feed", config.streams().maxReaders(), 5, registry);
        this.disclosure = disclosure;
        this.mapper = mapper;
        this.config = config.streams();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live feed (SSE)", description = "Event id = seq; resumes after Last-Event-ID (or ?after=). Events are named `disclosure` "
            + "(listen with addEventListener('disclosure', …)). At most notification.streams.max-readers readers per "
            + "instance: beyond, 503 with Retry-After.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
                                          @Parameter(description = "Start after this seq when there is no Last-Event-ID")
                                          @QueryParam("after") Long after,
                                          @Context Sse sse) {
        AtomicLong cursor = new AtomicLong(start(lastEventId, after));
        // woken by the instance's one database reader when it has something new; the heartbeat's pace is a safety net
        Multi<OutboundSseEvent> entries = Polling.poll(config.heartbeat(), hub.feed().changes(),
                        () -> hub.feed().after(cursor.get(), config.batch(), e -> true, disclosure::entries))
                .map(entry -> {
                    cursor.set(entry.seq);
                    return sse.newEventBuilder()
                            .id(Long.toString(entry.seq))
                            .name("disclosure")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(DisclosureView.class, mapper.toView(entry))
                            .build();
                });
        return readers.open(() -> Multi.createBy().merging().streams(entries, Heartbeat.of(sse, config.heartbeat())));
    }

    private static long start(String lastEventId, Long after) {
        if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
            return Long.parseLong(lastEventId);
        }
        return after == null ? 0 : after;
    }
}
