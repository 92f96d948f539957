package org.hotline.intake.cases.mapping;

import jakarta.inject.Inject;
import org.hotline.intake.cases.CaseChange;
import org.hotline.intake.cases.CaseRecord;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.Complaint;
import org.hotline.intake.cases.Correction;
import org.hotline.intake.cases.FoundCases;
import org.hotline.intake.cases.HotlineCase;
import org.hotline.intake.cases.Location;
import org.hotline.intake.cases.rest.CaseCorrection;
import org.hotline.intake.cases.rest.CasePage;
import org.hotline.intake.cases.rest.CaseView;
import org.hotline.intake.cases.rest.RegisterComplaint;
import org.hotline.platform.events.contracts.CaseCorrected;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Every mapping of a case: request to command, command to entity, entity to view, entity to event. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public abstract class CaseMapper {
    /** The bureau's zone ({@code hotline.zone}): the local times shown beside the instants. */
    @Inject
    protected ZoneId zone;

    public abstract Complaint toComplaint(RegisterComplaint request);

    public abstract Correction toCorrection(CaseCorrection request);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "caseNumber", ignore = true)
    @Mapping(target = "receivedAt", ignore = true)
    @Mapping(target = "anonymous", expression = "java(complaint.caller() == null)")
    @Mapping(target = "callerName", source = "caller.name")
    @Mapping(target = "callerPhone", ignore = true)
    @Mapping(target = "callbackRequested", expression = "java(complaint.caller() != null && !Boolean.FALSE.equals(complaint.callbackRequested()))")
    @Mapping(target = "priority", expression = "java(complaint.priority() == null ? \"NORMAL\" : complaint.priority())")
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
    public abstract HotlineCase toEntity(Complaint complaint);

    /** A case with its timeline and history (either may be null: not shown). */
    @Mapping(target = "receivedAtLocal", source = "c.receivedAt")
    @Mapping(target = "caller", expression = "java(c.anonymous ? null : new RegisterComplaint.Caller(c.callerName, c.callerPhone))")
    @Mapping(target = "location", expression = "java(location(c))")
    @Mapping(target = "likelyDuplicateOf", source = "c.duplicateOf")
    @Mapping(target = "timeline", source = "timeline")
    @Mapping(target = "history", source = "history")
    protected abstract CaseView toView(HotlineCase c, List<CaseStep> timeline, List<CaseChange> history);

    public CaseView toView(CaseRecord record) {
        return toView(record.hotlineCase(), record.timeline(), record.history());
    }

    public CaseView toView(HotlineCase c) {
        return toView(c, null, null);
    }

    public CasePage toPage(FoundCases found) {
        return new CasePage(found.items().stream().map(this::toView).toList(), found.next());
    }

    @Mapping(target = "atLocal", source = "at")
    @Mapping(target = "by", source = "actor")
    protected abstract CaseView.TimelineStep toStep(CaseStep step);

    @Mapping(target = "from", source = "oldValue")
    @Mapping(target = "to", source = "newValue")
    @Mapping(target = "by", source = "changedBy")
    @Mapping(target = "at", source = "changedAt")
    protected abstract CaseView.Change toChange(CaseChange change);

    @Mapping(target = "latitude", expression = "java(CaseRegistered.street(c.latitude))")
    @Mapping(target = "longitude", expression = "java(CaseRegistered.street(c.longitude))")
    public abstract CaseRegistered toRegistered(HotlineCase c);

    @Mapping(target = "correctedAt", source = "at")
    public abstract CaseCorrected toCorrected(HotlineCase c, Instant at);

    protected RegisterComplaint.Location location(HotlineCase c) {
        return new RegisterComplaint.Location(c.district, c.street, c.address, c.gridCell, c.latitude, c.longitude);
    }

    protected OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
