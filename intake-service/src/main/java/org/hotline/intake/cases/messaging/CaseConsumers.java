package org.hotline.intake.cases.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.Step;
import org.hotline.intake.cases.service.TimelineService;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.inbox.IncomingEvent;
import org.hotline.platform.inbox.Inbox;

/** What happened to a case after intake, from dispatch's and followup's events: the case's timeline. */
@ApplicationScoped
public class CaseConsumers {
    private final Inbox inbox;
    private final TimelineService timeline;
    private final ObjectMapper json;

    public CaseConsumers(Inbox inbox, TimelineService timeline, ObjectMapper json) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.json = json;
    }

    @Incoming("dispatches")
    public Uni<Void> dispatches(ConsumerRecord<String, String> record) {
        return inbox.process(record, this::apply);
    }

    @Incoming("followup")
    public Uni<Void> followup(ConsumerRecord<String, String> record) {
        return inbox.process(record, this::apply);
    }

    private Uni<Void> apply(IncomingEvent event) {
        CaseStep step = toStep(event);
        if (step == null) {
            return Uni.createFrom().voidItem(); // a step the timeline does not show
        }
        step.eventId = event.id();
        if (step.step == Step.DISPATCHED || step.step == Step.UNROUTED) {
            DispatchCreated d = event.data(json, DispatchCreated.class);
            return timeline.record(step, d.onSiteDue(), d.resolveDue());
        }
        return timeline.record(step);
    }

    private CaseStep progressed(IncomingEvent event, Step step) {
        DispatchProgressed d = event.data(json, DispatchProgressed.class);
        return CaseStep.of(d.caseNumber(), step, d.at(), d.round(), d.squad(), null);
    }

    private CaseStep toStep(IncomingEvent event) {
        return switch (EventType.of(event.type()).orElse(EventType.DISCLOSURE_PUBLISHED)) {
            case DISPATCH_CREATED, DISPATCH_REROUTED -> {
                DispatchCreated d = event.data(json, DispatchCreated.class);
                boolean rerouted = event.type().equals(EventType.DISPATCH_REROUTED.type());
                yield CaseStep.of(d.caseNumber(), d.squad() == null ? Step.UNROUTED : Step.DISPATCHED, d.dispatchedAt(),
                        d.round(), d.squad(), rerouted ? "REROUTED" : null).by(rerouted ? d.reroutedBy() : null);
            }
            case DISPATCH_RETURNED -> {
                DispatchNoted n = event.data(json, DispatchNoted.class);
                yield CaseStep.of(n.caseNumber(), Step.RETURNED, n.at(), n.round(), n.squad(), n.reason()).by(n.by());
            }
            case DISPATCH_ACKNOWLEDGED -> progressed(event, Step.ACKNOWLEDGED);
            case DISPATCH_ON_SITE -> progressed(event, Step.ON_SITE);
            case DISPATCH_RESOLVED -> {
                DispatchResolved d = event.data(json, DispatchResolved.class);
                yield CaseStep.of(d.caseNumber(), Step.RESOLVED, d.resolvedAt(), d.round(), d.squad(), d.outcome());
            }
            case CASE_REOPENED -> {
                CaseReopened r = event.data(json, CaseReopened.class);
                yield CaseStep.of(r.caseNumber(), Step.REOPENED, r.reopenedAt(), r.previousRound(), null, r.reason());
            }
            case CASE_CLOSED -> {
                CaseClosed c = event.data(json, CaseClosed.class);
                yield CaseStep.of(c.caseNumber(), Step.CLOSED, c.closedAt(), null, null, c.satisfaction());
            }
            default -> null;
        };
    }
}
