package org.hotline.notification.disclosure.mapping;

import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.notification.disclosure.rest.DisclosureView;
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
}
