package org.hotline.dispatch.dispatches;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hotline.platform.problem.ProblemException;

import java.time.Instant;

/** One round of work on a case by one squad (派单): acknowledge (签收), on site (到场), resolve (处置). */
@Entity
@Table(name = "dispatch")
public class Dispatch extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    public int round;
    public String squad;
    @Enumerated(EnumType.STRING)
    public DispatchStatus status;
    public String channel;
    public String category;
    public String priority;
    public String district;
    public String street;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "dispatched_at")
    public Instant dispatchedAt;
    @Column(name = "on_site_due")
    public Instant onSiteDue;
    @Column(name = "resolve_due")
    public Instant resolveDue;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "on_site_at")
    public Instant onSiteAt;
    @Column(name = "on_site_by")
    public String onSiteBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "public_summary")
    public String publicSummary;
    @Column(name = "internal_notes")
    public String internalNotes;
    @Version
    public int version;

    public void acknowledge(String by, Instant at) {
        if (status != DispatchStatus.DISPATCHED) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": only a DISPATCHED dispatch can be acknowledged");
        }
        status = DispatchStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public void arrive(String by, Instant at) {
        if (status != DispatchStatus.ACKNOWLEDGED) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": acknowledge it before recording arrival on site");
        }
        status = DispatchStatus.ON_SITE;
        onSiteBy = by;
        onSiteAt = at;
    }

    public void resolve(Outcome result, String summary, String notes, String by, Instant at) {
        if (status != DispatchStatus.ON_SITE) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": record arrival on site before resolving");
        }
        status = DispatchStatus.RESOLVED;
        outcome = result;
        publicSummary = summary;
        internalNotes = notes;
        resolvedBy = by;
        resolvedAt = at;
    }
}
