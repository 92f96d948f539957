package org.hotline.followup.callbacks.mapping;

import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.CaseFacts;
import org.hotline.followup.callbacks.rest.CallbackView;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;

/** Every mapping of followup: events to entities, entities to views and events. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface CallbackMapper {

    CaseFacts toFacts(CaseRegistered registered);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "dueAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "result", ignore = true)
    @Mapping(target = "attempts", ignore = true)
    @Mapping(target = "notes", ignore = true)
    @Mapping(target = "closedAt", ignore = true)
    @Mapping(target = "closedBy", ignore = true)
    @Mapping(target = "version", ignore = true)
    Callback toCallback(DispatchResolved resolved);

    @Mapping(target = "overdue", expression = "java(c.status == org.hotline.followup.callbacks.CallbackStatus.DUE && now.isAfter(c.dueAt))")
    CallbackView toView(Callback c, @Context Instant now);

    @Mapping(target = "satisfaction", source = "c.result")
    @Mapping(target = "closedAt", source = "closedAt")
    CaseClosed toClosed(Callback c, Instant closedAt);

    @Mapping(target = "satisfaction", ignore = true)
    @Mapping(target = "closedAt", source = "closedAt")
    CaseClosed toClosedWithoutCallback(DispatchResolved resolved, Instant closedAt);
}
