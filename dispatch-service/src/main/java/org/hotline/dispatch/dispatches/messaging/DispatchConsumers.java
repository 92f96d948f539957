package org.hotline.dispatch.dispatches.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotline.dispatch.dispatches.service.DispatchService;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseCorrected;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.inbox.Inbox;

/** intake-service's events: a registered case is routed to a squad; a corrected one may be routed again. */
@ApplicationScoped
public class DispatchConsumers {
    private final Inbox inbox;
    private final DispatchService dispatches;
    private final ObjectMapper json;

    public DispatchConsumers(Inbox inbox, DispatchService dispatches, ObjectMapper json) {
        this.inbox = inbox;
        this.dispatches = dispatches;
        this.json = json;
    }

    @Incoming("cases")
    public Uni<Void> cases(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> {
            if (EventType.CASE_REGISTERED.type().equals(event.type())) {
                return dispatches.dispatch(event.data(json, CaseRegistered.class));
            }
            if (EventType.CASE_CORRECTED.type().equals(event.type())) {
                return dispatches.correct(event.data(json, CaseCorrected.class));
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** followup-service's events: a dissatisfied caller reopens the case for a new round. */
    @Incoming("followup")
    public Uni<Void> followup(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> EventType.CASE_REOPENED.type().equals(event.type())
                ? dispatches.reopen(event.data(json, CaseReopened.class))
                : Uni.createFrom().voidItem());
    }
}
