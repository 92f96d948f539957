package org.hotline.dispatch.routing.mapping;

import org.hotline.dispatch.routing.RoutingRule;
import org.hotline.dispatch.routing.rest.RoutingRuleView;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

/** The routing table's views. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface RoutingMapper {

    RoutingRuleView toView(RoutingRule rule);
}
