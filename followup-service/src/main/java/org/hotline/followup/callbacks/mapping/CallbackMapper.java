package org.hotline.followup.callbacks.mapping;

import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.CallerContactEntity;
import org.hotline.followup.callbacks.CaseFacts;
import org.hotline.followup.callbacks.rest.CallbackView;
import org.hotline.platform.events.contracts.CallbackFlagged;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;

/** Every mapping of followup: events to entities, entities to views and events. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface CallbackMapper {

    CaseFacts toFacts(CaseRegistered registered);

    CallerContactEntity toContact(CallerContact contact);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "caseNumber", source = "caseNumber")
    @Mapping(target = "dispatchId", source = "dispatchId")
    @Mapping(target = "round", source = "round")
    @Mapping(target = "squad", source = "squad")
    @Mapping(target = "outcome", source = "outcome")
    @Mapping(target = "publicSummary", source = "publicSummary")
    @Mapping(target = "resolvedAt", source = "resolvedAt")
    Callback toCallback(DispatchResolved resolved);

    default CallbackView toView(Callback c, CallerContactEntity contact, Instant now) {
        return new CallbackView(c.id, c.caseNumber, c.round, c.squad,
                contact == null ? null : new CallbackView.Caller(contact.name, contact.phone),
                c.outcome, c.publicSummary, c.resolvedAt, c.dueAt, c.nextAttemptAt,
                c.overdue(now),
                c.status.name(), c.result == null ? null : c.result.name(), c.attempts, c.notes, c.closedAt, c.closedBy);
    }

    @Mapping(target = "satisfaction", source = "c.result")
    @Mapping(target = "closedAt", source = "closedAt")
    CaseClosed toClosed(Callback c, Instant closedAt);

    @Mapping(target = "satisfaction", ignore = true)
    @Mapping(target = "closedAt", source = "closedAt")
    CaseClosed toClosedWithoutCallback(DispatchResolved resolved, Instant closedAt);

    @Mapping(target = "callbackId", source = "c.id")
    @Mapping(target = "caseNumber", source = "c.caseNumber")
    @Mapping(target = "round", source = "c.round")
    @Mapping(target = "dueAt", source = "c.dueAt")
    CallbackFlagged toFlag(Callback c, String flag, Instant at);
}
