package org.hotline.followup.callbacks.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotline.platform.metrics.DomainGauge;

import java.util.List;

/** followup's gauge, kept current by the platform's {@code DomainGauges}. Flags raised are counted by the outbox. */
public class CallbackGauges {

    /** {@code hotline_callbacks{state}}: due now, overdue, waiting for a retry, escalated past the reopening limit. */
    @Produces
    @Singleton
    DomainGauge callbacks() {
        return new DomainGauge("hotline.callbacks", "Callbacks by state", List.of("state"), """
                select s.state, s.n from (
                  select count(*) filter (where status = 'DUE' and due_at > :now and next_attempt_at <= :now) as due,
                         count(*) filter (where status = 'DUE' and due_at <= :now) as overdue,
                         count(*) filter (where status = 'DUE' and next_attempt_at > :now) as waiting_retry,
                         count(*) filter (where status = 'ESCALATED') as escalated
                  from callback where status in ('DUE', 'ESCALATED')) c
                cross join lateral (values ('due', c.due), ('overdue', c.overdue),
                                           ('waiting_retry', c.waiting_retry), ('escalated', c.escalated)) as s(state, n)""");
    }
}
