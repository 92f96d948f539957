package org.hotline.notification.disclosure.mapping;

import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.notification.disclosure.rest.DisclosureView;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DisclosurePublished;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

/** Every mapping of the public side: registered case to public facts, entries to views and events. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface DisclosureMapper {

    PublicCase toPublicCase(CaseRegistered registered);

    DisclosureView toView(DisclosureEntry entry);

    @org.mapstruct.Mapping(target = "sequence", source = "seq")
    DisclosurePublished toPublished(DisclosureEntry entry);

    default org.hotline.notification.disclosure.HeldEntry toHeld(CaseClosed closed, String reason, java.time.Instant at) {
        var held = new org.hotline.notification.disclosure.HeldEntry();
        held.caseNumber = closed.caseNumber();
        held.reason = reason;
        held.outcome = closed.outcome();
        held.publicSummary = closed.publicSummary();
        held.satisfaction = closed.satisfaction();
        held.resolvedAt = closed.resolvedAt();
        held.closedAt = closed.closedAt();
        held.heldAt = at;
        return held;
    }

    /** The closure again, with an edited public summary. */
    default CaseClosed toClosed(org.hotline.notification.disclosure.HeldEntry held, String summary) {
        return new CaseClosed(held.caseNumber, held.outcome, summary, held.satisfaction, held.resolvedAt, held.closedAt);
    }

    default CaseClosed toClosed(DisclosureEntry entry, String summary) {
        return new CaseClosed(entry.caseNumber, entry.outcome, summary, entry.satisfaction, entry.resolvedAt, entry.closedAt);
    }
}
