package org.hotline.intake.cases.mapping;

import org.hotline.intake.cases.CaseChange;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.HotlineCase;
import org.hotline.intake.cases.rest.CaseView;
import org.hotline.intake.cases.rest.RegisterComplaint;
import org.hotline.platform.events.contracts.CaseCorrected;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.time.ClockProducer;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Every mapping of a case: request to entity, entity to view, entity to event. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface CaseMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "caseNumber", ignore = true)
    @Mapping(target = "receivedAt", ignore = true)
    @Mapping(target = "anonymous", expression = "java(request.caller() == null)")
    @Mapping(target = "callerName", source = "caller.name")
    @Mapping(target = "callerPhone", ignore = true)
    @Mapping(target = "callbackRequested", expression = "java(request.caller() != null && !Boolean.FALSE.equals(request.callbackRequested()))")
    @Mapping(target = "priority", expression = "java(request.priority() == null ? \"NORMAL\" : request.priority())")
    @Mapping(target = "district", source = "location.district")
    @Mapping(target = "street", source = "location.street")
    @Mapping(target = "address", source = "location.address")
    @Mapping(target = "gridCell", source = "location.gridCell")
    @Mapping(target = "latitude", source = "location.latitude")
    @Mapping(target = "longitude", source = "location.longitude")
    @Mapping(target = "addressKey", ignore = true)
    @Mapping(target = "duplicateOf", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "registeredBy", ignore = true)
    @Mapping(target = "registeredAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    HotlineCase toEntity(RegisterComplaint request);

    /** A case with its timeline and history (either may be null: not shown). */
    @Mapping(target = "receivedAtLocal", source = "c.receivedAt")
    @Mapping(target = "caller", expression = "java(c.anonymous ? null : new RegisterComplaint.Caller(c.callerName, c.callerPhone))")
    @Mapping(target = "location", expression = "java(location(c))")
    @Mapping(target = "likelyDuplicateOf", source = "c.duplicateOf")
    @Mapping(target = "timeline", source = "timeline")
    @Mapping(target = "history", source = "history")
    CaseView toView(HotlineCase c, List<CaseStep> timeline, List<CaseChange> history);

    default CaseView toView(HotlineCase c) {
        return toView(c, null, null);
    }

    @Mapping(target = "atLocal", source = "at")
    CaseView.TimelineStep toStep(CaseStep step);

    @Mapping(target = "from", source = "oldValue")
    @Mapping(target = "to", source = "newValue")
    @Mapping(target = "by", source = "changedBy")
    @Mapping(target = "at", source = "changedAt")
    CaseView.Change toChange(CaseChange change);

    CaseRegistered toRegistered(HotlineCase c);

    @Mapping(target = "correctedAt", source = "at")
    CaseCorrected toCorrected(HotlineCase c, Instant at);

    default RegisterComplaint.Location location(HotlineCase c) {
        return new RegisterComplaint.Location(c.district, c.street, c.address, c.gridCell, c.latitude, c.longitude);
    }

    default OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.BUREAU_ZONE).toOffsetDateTime();
    }
}
