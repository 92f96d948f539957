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
    @Column(name = "grid_cell")
    public String gridCell;
    @Column(name = "previous_dispatch_id")
    public Long previousDispatchId;
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
    @Column(name = "rerouted_by")
    public String reroutedBy;
    @Column(name = "rerouted_at")
    public Instant reroutedAt;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "return_reason")
    public String returnReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "extension_status")
    public ExtensionStatus extensionStatus;
    @Column(name = "extension_until")
    public Instant extensionUntil;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "extension_requested_by")
    public String extensionRequestedBy;
    @Column(name = "extension_requested_at")
    public Instant extensionRequestedAt;
    @Column(name = "extension_decided_by")
    public String extensionDecidedBy;
    @Column(name = "extension_decided_at")
    public Instant extensionDecidedAt;
    @Version
    public int version;

    /**
     * Opens this round (派单): its deadlines, and the squad that serves it ({@code null}: nobody does, the
     * dispatcher's queue). {@code previous} is the round before, for a reopened case.
     */
    public void open(int number, Dispatch previous, Instant onSite, Instant resolve, String toSquad, Instant at) {
        round = number;
        previousDispatchId = previous == null ? null : previous.id;
        onSiteDue = onSite;
        resolveDue = resolve;
        route(toSquad, at);
    }

    /**
     * Sent to {@code toSquad} (or to the dispatcher's queue when it is null), as routing decides: at the start of a
     * round, or again after a correction at intake while no squad has taken it on.
     */
    public void route(String toSquad, Instant at) {
        if (id != null && status != DispatchStatus.UNROUTED && status != DispatchStatus.DISPATCHED) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": its squad has taken it on");
        }
        squad = toSquad;
        status = toSquad == null ? DispatchStatus.UNROUTED : DispatchStatus.DISPATCHED;
        dispatchedAt = at;
    }

    /** Whether a correction at intake may still route it elsewhere: no squad has taken it on yet. */
    public boolean reroutable() {
        return status == DispatchStatus.UNROUTED || status == DispatchStatus.DISPATCHED;
    }

    /** The case's routing facts corrected at intake. */
    public void correct(String newCategory, String newDistrict, String newStreet, String newGridCell) {
        category = newCategory;
        district = newDistrict;
        street = newStreet;
        gridCell = newGridCell;
    }

    /** The deadline that matters now: on site until the squad arrives, then resolution. */
    public Instant nextDeadline() {
        return onSiteAt == null ? onSiteDue : resolveDue;
    }

    /** An extension (延期): asked by the squad, decided by a dispatcher. */
    public enum ExtensionStatus { REQUESTED, GRANTED, REJECTED }

    /** 退单: the squad hands the dispatch back to the dispatcher with a reason (before arriving on site). */
    public void giveBack(String reason, String by, Instant at) {
        if (status != DispatchStatus.DISPATCHED && status != DispatchStatus.ACKNOWLEDGED) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": only a dispatch not yet on site can be returned");
        }
        status = DispatchStatus.RETURNED;
        returnReason = reason;
        returnedBy = by;
        returnedAt = at;
    }

    /** A dispatcher sends the dispatch to a squad (again): from the queue, or away from a squad that has not acknowledged. */
    public void reroute(String toSquad, String by, Instant at) {
        if (status != DispatchStatus.UNROUTED && status != DispatchStatus.RETURNED && status != DispatchStatus.DISPATCHED) {
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": a squad is already working on it");
        }
        squad = toSquad;
        status = DispatchStatus.DISPATCHED;
        dispatchedAt = at;
        reroutedBy = by;
        reroutedAt = at;
    }

    public void requestExtension(Instant until, String reason, String by, Instant at) {
        if (status == DispatchStatus.RESOLVED) {
            throw ProblemException.conflict("dispatch " + id + " is resolved: nothing left to extend");
        }
        if (extensionStatus == ExtensionStatus.REQUESTED) {
            throw ProblemException.conflict("dispatch " + id + " already has an extension request waiting for a dispatcher");
        }
        if (!until.isAfter(resolveDue)) {
            throw ProblemException.invalid("until", "must be later than the current deadline " + resolveDue);
        }
        extensionStatus = ExtensionStatus.REQUESTED;
        extensionUntil = until;
        extensionReason = reason;
        extensionRequestedBy = by;
        extensionRequestedAt = at;
    }

    public void decideExtension(boolean grant, String by, Instant at) {
        if (extensionStatus != ExtensionStatus.REQUESTED) {
            throw ProblemException.conflict("dispatch " + id + " has no extension request waiting");
        }
        if (status == DispatchStatus.RESOLVED) {
            throw ProblemException.conflict("dispatch " + id + " is resolved: the extension is moot");
        }
        extensionStatus = grant ? ExtensionStatus.GRANTED : ExtensionStatus.REJECTED;
        extensionDecidedBy = by;
        extensionDecidedAt = at;
        if (grant) {
            resolveDue = extensionUntil;
        }
    }

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
            throw ProblemException.conflict("dispatch " + id + " is " + status + ": "
                    + (status == DispatchStatus.RESOLVED ? "it is already resolved" : "record arrival on site before resolving"));
        }
        status = DispatchStatus.RESOLVED;
        outcome = result;
        publicSummary = summary;
        internalNotes = notes;
        resolvedBy = by;
        resolvedAt = at;
    }
}
