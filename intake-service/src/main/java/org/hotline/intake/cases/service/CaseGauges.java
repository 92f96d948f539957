package org.hotline.intake.cases.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotline.platform.metrics.DomainGauge;

import java.util.List;

/** intake's gauge, kept current by the platform's {@code DomainGauges}. */
public class CaseGauges {

    /** {@code hotline_cases{status,channel}}: cases by where they stand. */
    @Produces
    @Singleton
    DomainGauge cases() {
        return new DomainGauge("hotline.cases", "Cases by status and channel", List.of("status", "channel"),
                "select status, channel, count(*) from hotline_case group by status, channel");
    }
}
