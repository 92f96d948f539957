package org.hotline.dispatch.dispatches.mapping;

import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.dispatch.dispatches.rest.DispatchView;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;

/** Every mapping of a dispatch: from the registered case, to views, to events. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface DispatchMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "round", ignore = true)
    @Mapping(target = "squad", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "dispatchedAt", ignore = true)
    @Mapping(target = "onSiteDue", ignore = true)
    @Mapping(target = "resolveDue", ignore = true)
    @Mapping(target = "acknowledgedAt", ignore = true)
    @Mapping(target = "acknowledgedBy", ignore = true)
    @Mapping(target = "onSiteAt", ignore = true)
    @Mapping(target = "onSiteBy", ignore = true)
    @Mapping(target = "resolvedAt", ignore = true)
    @Mapping(target = "resolvedBy", ignore = true)
    @Mapping(target = "outcome", ignore = true)
    @Mapping(target = "publicSummary", ignore = true)
    @Mapping(target = "internalNotes", ignore = true)
    @Mapping(target = "version", ignore = true)
    Dispatch fromCase(CaseRegistered registered);

    @Mapping(target = "secondsLeft", expression = "java(secondsLeft(d, now))")
    DispatchView toView(Dispatch d, @Context Instant now);

    @Mapping(target = "dispatchId", source = "id")
    DispatchCreated toCreated(Dispatch d);

    @Mapping(target = "dispatchId", source = "d.id")
    DispatchProgressed toProgressed(Dispatch d, Instant at);

    @Mapping(target = "dispatchId", source = "id")
    DispatchResolved toResolved(Dispatch d);

    default Long secondsLeft(Dispatch d, Instant now) {
        Instant due = switch (d.status) {
            case UNROUTED, DISPATCHED, ACKNOWLEDGED -> d.onSiteDue;
            case ON_SITE -> d.resolveDue;
            case RESOLVED -> null;
        };
        return due == null ? null : due.getEpochSecond() - now.getEpochSecond();
    }
}
