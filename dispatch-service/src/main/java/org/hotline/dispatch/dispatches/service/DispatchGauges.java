package org.hotline.dispatch.dispatches.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotline.platform.metrics.DomainGauge;

import java.util.List;

/**
 * dispatch's gauge, kept current by the platform's {@code DomainGauges}. Breaches are counted as they are raised
 * ({@code hotline_deadlines_total{kind,stage}}), times to on site and to resolution in histograms
 * ({@code hotline_dispatch_time_to_*_seconds}).
 */
public class DispatchGauges {

    /** {@code hotline_dispatches_open{squad,status}}: the open work of each squad. */
    @Produces
    @Singleton
    DomainGauge open() {
        return new DomainGauge("hotline.dispatches.open", "Open dispatches by squad and status", List.of("squad", "status"),
                "select squad, status, count(*) from dispatch where status <> 'RESOLVED' group by squad, status");
    }
}
