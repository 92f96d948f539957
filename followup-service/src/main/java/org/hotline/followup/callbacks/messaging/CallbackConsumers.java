package org.hotline.followup.callbacks.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotline.followup.assessment.service.RoundFactsService;
import org.hotline.followup.callbacks.service.CallbackService;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.inbox.Inbox;
import org.hotline.platform.inbox.IncomingEvent;
import io.quarkus.runtime.Startup;

/**
 * intake's registered cases (is a callback wanted?) and contacts (whom to call), and dispatch's rounds (what the
 * assessment counts) and resolutions (a callback falls due).
 */
@Startup
@ApplicationScoped
public class CallbackConsumers {
    private final Inbox inbox;
    private final CallbackService callbacks;
    private final RoundFactsService rounds;
    private final ObjectMapper json;

    public CallbackConsumers(Inbox inbox, CallbackService callbacks, RoundFactsService rounds, ObjectMapper json) {
        this.inbox = inbox;
        this.callbacks = callbacks;
        this.rounds = rounds;
        this.json = json;
        inbox.handles("dispatches", this::dispatch); // a resolution parked for its registration is applied after a restart too
    }

    @Incoming("cases")
    public Uni<Void> cases(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> EventType.CASE_REGISTERED.type().equals(event.type())
                ? callbacks.remember(event.data(json, CaseRegistered.class))
                : Uni.createFrom().voidItem());
    }

    @Incoming("contacts")
    public Uni<Void> contacts(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> EventType.CASE_CONTACT.type().equals(event.type())
                ? callbacks.remember(event.data(json, CallerContact.class))
                : Uni.createFrom().voidItem());
    }

    @Incoming("dispatches")
    public Uni<Void> dispatches(ConsumerRecord<String, String> record) {
        return inbox.process(record, this::dispatch);
    }

    private Uni<Void> dispatch(IncomingEvent event) {
        return switch (EventType.of(event.type()).orElse(EventType.DISCLOSURE_PUBLISHED)) {
            case DISPATCH_CREATED, DISPATCH_REROUTED -> rounds.dispatched(event.data(json, DispatchCreated.class));
            case DISPATCH_ON_SITE -> rounds.onSite(event.data(json, DispatchProgressed.class));
            case EXTENSION_GRANTED -> rounds.extended(event.data(json, DispatchNoted.class));
            case DISPATCH_RESOLVED -> {
                DispatchResolved resolved = event.data(json, DispatchResolved.class);
                yield rounds.resolved(resolved).chain(() -> callbacks.resolved(resolved));
            }
            default -> Uni.createFrom().voidItem();
        };
    }
}
