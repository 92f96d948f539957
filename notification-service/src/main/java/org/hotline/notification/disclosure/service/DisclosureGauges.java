package org.hotline.notification.disclosure.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotline.platform.metrics.DomainGauge;

import java.util.List;

/** notification's gauge, kept current by the platform's {@code DomainGauges}. */
public class DisclosureGauges {

    /** {@code hotline_disclosure{state}}: entries published, outcomes held back, cases still open in public. */
    @Produces
    @Singleton
    DomainGauge disclosure() {
        return new DomainGauge("hotline.disclosure", "The public feed", List.of("state"), """
                select 'published', count(*) from disclosure_entry
                union all select 'held', count(*) from held_entry
                union all select 'open_cases', count(*) from public_case where satisfaction is null and resolved_at is null""");
    }
}
