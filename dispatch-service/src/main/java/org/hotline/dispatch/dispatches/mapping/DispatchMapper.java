package org.hotline.dispatch.dispatches.mapping;

import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.dispatch.dispatches.DispatchStatus;
import org.hotline.dispatch.dispatches.rest.DispatchView;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;

/** Every mapping of a dispatch: from the registered case, to views, to events. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface DispatchMapper {

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "caseNumber", source = "caseNumber")
    @Mapping(target = "channel", source = "channel")
    @Mapping(target = "category", source = "category")
    @Mapping(target = "priority", source = "priority")
    @Mapping(target = "district", source = "district")
    @Mapping(target = "street", source = "street")
    @Mapping(target = "gridCell", source = "gridCell")
    @Mapping(target = "receivedAt", source = "receivedAt")
    Dispatch fromCase(CaseRegistered registered);

    /** The case's facts for a new round; everything about the work starts afresh. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "caseNumber", source = "caseNumber")
    @Mapping(target = "channel", source = "channel")
    @Mapping(target = "category", source = "category")
    @Mapping(target = "priority", source = "priority")
    @Mapping(target = "district", source = "district")
    @Mapping(target = "street", source = "street")
    @Mapping(target = "gridCell", source = "gridCell")
    @Mapping(target = "receivedAt", source = "receivedAt")
    Dispatch nextRound(Dispatch last);

    @Mapping(target = "secondsLeft", expression = "java(secondsLeft(d, now))")
    DispatchView toView(Dispatch d, @Context Instant now);

    @Mapping(target = "dispatchId", source = "id")
    DispatchCreated toCreated(Dispatch d);

    @Mapping(target = "dispatchId", source = "d.id")
    DispatchProgressed toProgressed(Dispatch d, Instant at);

    @Mapping(target = "dispatchId", source = "id")
    DispatchResolved toResolved(Dispatch d);

    @Mapping(target = "dispatchId", source = "d.id")
    @Mapping(target = "caseNumber", source = "d.caseNumber")
    @Mapping(target = "round", source = "d.round")
    @Mapping(target = "squad", source = "d.squad")
    DispatchNoted toNoted(Dispatch d, String by, String reason, Instant until, Instant at);

    default Long secondsLeft(Dispatch d, Instant now) {
        return d.status == DispatchStatus.RESOLVED ? null : d.nextDeadline().getEpochSecond() - now.getEpochSecond();
    }
}
