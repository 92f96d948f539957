package org.hotline.dispatch.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Routing and the bureau's promise ({@code dispatch.*}). */
@ConfigMapping(prefix = "dispatch")
public interface DispatchConfig {
    /** District code to the squad that serves it ({@code dispatch.squad-by-district.EAST=EAST-1}). */
    Map<String, String> squadByDistrict();

    /** Staff-conduct complaints go here (派驻纪检组), never to a field squad. */
    @WithDefault("STAFF_CONDUCT")
    String staffConductCategory();

    @WithDefault("DISCIPLINE")
    String disciplineOffice();

    /** On site within this span of the call (1小时内到现场). */
    @WithDefault("PT1H")
    Duration onSiteWithin();

    /** Dealt with within this span of the call (两日内处置完毕). */
    @WithDefault("P2D")
    Duration resolveWithin();
}
