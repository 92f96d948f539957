package org.hotline.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.events.EventType;

import java.time.Clock;
import java.util.UUID;

/**
 * The one way a service emits an event: {@link #add} writes an outbox row inside the caller's current
 * transaction (call it from a {@code @WithTransaction} method), so the event exists if and only if the
 * state change committed. {@link OutboxRelay} publishes it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;
    private final String topicPrefix;

    public Outbox(ObjectMapper json, Clock clock, @ConfigProperty(name = "quarkus.application.name") String application,
                  HotlineConfig config) {
        this.json = json;
        this.clock = clock;
        this.source = "/hotline/" + application;
        this.topicPrefix = config.topicPrefix().orElse("");
    }

    public Uni<OutboxEvent> add(EventType type, String caseNumber, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topicPrefix + type.topic();
        event.type = type.type();
        event.caseNumber = caseNumber;
        event.source = source;
        event.occurredAt = clock.instant();
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event payload is not serialisable", e));
        }
        // Only the insert: OutboxRelay polls for committed rows (no NOTIFY, see R__outbox_notify.sql).
        return event.persist();
    }
}
