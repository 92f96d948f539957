package org.hotline.notification.disclosure.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hotline.notification.disclosure.service.DisclosureService;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.notification.notices.service.NoticeService;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.inbox.Inbox;
import org.hotline.platform.inbox.IncomingEvent;
import io.quarkus.runtime.Startup;

/**
 * intake's registered cases (their public facts) and contacts (the caller's name, hashed, and phone, for the
 * outcome notice), dispatch's rounds (the public clock, supervisors' notices) and followup's closures (a feed entry
 * each, an outcome notice).
 */
@Startup
@ApplicationScoped
public class DisclosureConsumers {
    private final Inbox inbox;
    private final DisclosureService disclosure;
    private final ObjectMapper json;
    private final NoticeService notices;

    public DisclosureConsumers(Inbox inbox, DisclosureService disclosure, ObjectMapper json, NoticeService notices) {
        this.notices = notices;
        this.inbox = inbox;
        this.disclosure = disclosure;
        this.json = json;
        // events parked for a fact from another topic are applied after a restart too
        inbox.handles("dispatches", this::dispatch);
        inbox.handles("outcomes", this::outcome);
    }

    @Incoming("cases")
    public Uni<Void> cases(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> EventType.CASE_REGISTERED.type().equals(event.type())
                ? disclosure.remember(event.data(json, CaseRegistered.class))
                : Uni.createFrom().voidItem());
    }

    /** Only to recognise the caller's name in a public summary: a salted hash is kept, never the name. */
    @Incoming("contacts")
    public Uni<Void> contacts(ConsumerRecord<String, String> record) {
        return inbox.process(record, event -> {
            if (!EventType.CASE_CONTACT.type().equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            CallerContact contact = event.data(json, CallerContact.class);
            return disclosure.remember(contact).chain(() -> notices.rememberPhone(contact.caseNumber(), contact.phone()));
        });
    }

    /** The public clock: each round's deadlines and when they were met (Open311's expected_datetime, the statistics). */
    @Incoming("dispatches")
    public Uni<Void> dispatches(ConsumerRecord<String, String> record) {
        return inbox.process(record, this::dispatch);
    }

    private Uni<Void> dispatch(IncomingEvent event) {
        return switch (EventType.of(event.type()).orElse(EventType.DISCLOSURE_PUBLISHED)) {
            case DISPATCH_CREATED, DISPATCH_REROUTED -> {
                DispatchCreated d = event.data(json, DispatchCreated.class);
                yield notices.newWork(d, event.type().equals(EventType.DISPATCH_CREATED.type()) ? "NEW_DISPATCH" : "REROUTED")
                        .chain(() -> disclosure.clock(d.caseNumber(), c -> {
                    if (event.type().equals(EventType.DISPATCH_CREATED.type())) { // a new round: its clock starts afresh
                        c.onSiteAt = null;
                        c.resolvedAt = null;
                        c.promisedResolveDue = d.resolveDue();
                    } else if (c.promisedResolveDue == null) { // a re-route keeps the round's promise
                        c.promisedResolveDue = d.resolveDue();
                    }
                    c.onSiteDue = d.onSiteDue();
                    c.resolveDue = d.resolveDue();
                }));
            }
            case DEADLINE_WARNING, DEADLINE_BREACHED, DEADLINE_ESCALATED -> notices.deadline(event.data(json, DeadlineReached.class));
            case DISPATCH_ON_SITE -> {
                DispatchProgressed p = event.data(json, DispatchProgressed.class);
                yield disclosure.clock(p.caseNumber(), c -> c.onSiteAt = p.at());
            }
            case DISPATCH_RESOLVED -> {
                DispatchResolved r = event.data(json, DispatchResolved.class);
                yield disclosure.clock(r.caseNumber(), c -> c.resolvedAt = r.resolvedAt());
            }
            case EXTENSION_GRANTED -> {
                DispatchNoted n = event.data(json, DispatchNoted.class);
                yield disclosure.clock(n.caseNumber(), c -> c.resolveDue = n.until());
            }
            default -> Uni.createFrom().voidItem();
        };
    }

    @Incoming("outcomes")
    public Uni<Void> outcomes(ConsumerRecord<String, String> record) {
        return inbox.process(record, this::outcome);
    }

    private Uni<Void> outcome(IncomingEvent event) {
        if (EventType.CASE_REOPENED.type().equals(event.type())) {
            var reopened = event.data(json, org.hotline.platform.events.contracts.CaseReopened.class);
            return disclosure.answered(reopened.caseNumber(), "DISSATISFIED", reopened.reopenedAt());
        }
        if (EventType.CALLBACK_ESCALATED.type().equals(event.type())) {
            var escalated = event.data(json, org.hotline.platform.events.contracts.CallbackFlagged.class);
            return disclosure.answered(escalated.caseNumber(), "DISSATISFIED", escalated.at());
        }
        if (!EventType.CASE_CLOSED.type().equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        CaseClosed closed = event.data(json, CaseClosed.class);
        return disclosure.closed(closed).chain(() -> notices.outcome(closed));
    }
}
