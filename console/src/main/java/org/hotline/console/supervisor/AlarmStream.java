package org.hotline.console.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.NotificationApi;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supervisor's alarms, live (SSE): notification-service's stream for the squad in the user's own token, each
 * notice re-sent as a line of HTML the open page puts on top (htmx's SSE extension) — a new dispatch, a deadline
 * warning (催办), a breach (超时), an escalation (督办). The page also fetches new cards at once on a new dispatch.
 */
@Path("/supervisor/alarms")
@RolesAllowed("supervisor")
public class AlarmStream {
    private static final Logger LOG = Logger.getLogger(AlarmStream.class);
    private static final Set<String> KINDS = Set.of("NEW_DISPATCH", "REROUTED", "WARNING", "BREACH", "ESCALATION");
    /** notification's detail of a deadline notice: {@code ON_SITE due 2026-12-02T01:00:00Z}. */
    private static final Pattern DEADLINE = Pattern.compile("(ON_SITE|RESOLUTION) due (\\S+)");

    private final NotificationApi notification;
    private final ObjectMapper mapper;
    private final Template alarm;
    private final Template live;

    public AlarmStream(@RestClient NotificationApi notification, ObjectMapper mapper,
                       @Location("supervisor/alarm.html") Template alarm, @Location("supervisor/live.html") Template live) {
        this.notification = notification;
        this.mapper = mapper;
        this.alarm = alarm;
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> alarms(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        // a reconnecting page resumes after the last alarm it had: nothing raised in between is lost
        String resume = lastEventId != null && lastEventId.matches("\\d{1,18}") ? lastEventId : null;
        Multi<OutboundSseEvent> notices = notification.notices(resume)
                // notification's heartbeat comments (no name) and kinds the page does not show are skipped
                .filter(e -> e.name() != null && ("ready".equals(e.name()) || KINDS.contains(e.name())))
                .map(e -> "ready".equals(e.name())
                        ? sse.newEventBuilder().name("ready").id(e.id()).mediaType(MediaType.TEXT_HTML_TYPE)
                                .data(String.class, live.render().strip()).build()
                        : sse.newEventBuilder().name("alarm").id(e.id()).mediaType(MediaType.TEXT_HTML_TYPE)
                                .data(String.class, render(e.name(), e.data())).build());
        // a comment every 20 s keeps proxies from closing a quiet stream, for as long as notification's stream runs: when
        // that one ends, so does this one, and the page's EventSource reconnects (with Last-Event-ID) instead of
        // waiting on keep-alives for alarms that would never come
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Multi<OutboundSseEvent> upstream = notices.onTermination().invoke(() -> ended.set(true));
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(20))
                .select().first(t -> !ended.get())
                .map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(upstream, keepAlive)
                .onFailure().invoke(e -> LOG.warnf("the supervisor's notice stream ended: %s", e.getClass().getName()));
    }

    private String render(String kind, String json) {
        Map<String, Object> notice = new LinkedHashMap<>();
        try {
            JsonNode n = mapper.readTree(json);
            notice.put("caseNumber", n.path("caseNumber").asText());
            notice.put("dispatchId", n.path("dispatchId").asLong());
            notice.put("at", n.path("at").asText(null));
            Matcher m = DEADLINE.matcher(n.path("detail").asText(""));
            if (m.find()) {
                notice.put("deadline", m.group(1));
                notice.put("due", m.group(2));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            notice.put("caseNumber", "");
        }
        notice.put("kind", kind);
        return alarm.data("n", notice).render().replace("\n", " ");
    }
}
