package org.hotline.notification.notices.mapping;

import org.hotline.notification.notices.SquadNotice;
import org.hotline.notification.notices.rest.SquadNoticeView;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

/** The supervisors' notices as their stream shows them. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface NoticeMapper {

    SquadNoticeView toView(SquadNotice notice);
}
