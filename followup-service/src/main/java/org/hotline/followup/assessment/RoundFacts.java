package org.hotline.followup.assessment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A dispatch round's deadlines and when its steps were done: what the monthly assessment counts. */
@Entity
@Table(name = "round_facts")
public class RoundFacts extends PanacheEntityBase {
    @Id
    @Column(name = "dispatch_id")
    public Long dispatchId;
    @Column(name = "case_number")
    public String caseNumber;
    public int round;
    public String squad;
    @Column(name = "on_site_due")
    public Instant onSiteDue;
    @Column(name = "on_site_at")
    public Instant onSiteAt;
    @Column(name = "resolve_due")
    public Instant resolveDue;
    @Column(name = "original_resolve_due")
    public Instant originalResolveDue;
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The round as dispatch (re-)routed it; the resolution deadline before any extension is kept once. */
    public void dispatched(long dispatch, String caseNo, int roundNumber, String toSquad, Instant onSite, Instant resolve) {
        dispatchId = dispatch;
        caseNumber = caseNo;
        round = roundNumber;
        squad = toSquad;
        onSiteDue = onSite;
        resolveDue = resolve;
        if (originalResolveDue == null) {
            originalResolveDue = resolve;
        }
    }
}
