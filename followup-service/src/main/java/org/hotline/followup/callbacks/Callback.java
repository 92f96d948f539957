package org.hotline.followup.callbacks;

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

import java.time.Duration;
import java.time.Instant;

/** A callback (回访) owed to a complainant after a dispatch round was resolved. */
@Entity
@Table(name = "callback")
public class Callback extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "dispatch_id")
    public long dispatchId;
    public int round;
    public String squad;
    public String outcome;
    @Column(name = "public_summary")
    public String publicSummary;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    public CallbackStatus status;
    @Enumerated(EnumType.STRING)
    public CallbackResult result;
    public int attempts;
    public String notes;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "first_contact_at")
    public Instant firstContactAt;
    @Column(name = "warned_at")
    public Instant warnedAt;
    @Column(name = "breached_at")
    public Instant breachedAt;
    @Version
    public int version;

    /** A callback falls due: the round was resolved; it may be made at once and is due within {@code within}. */
    public void open(Instant resolved, java.time.Duration within) {
        status = CallbackStatus.DUE;
        dueAt = resolved.plus(within);
        nextAttemptAt = resolved;
    }

    /** Running late: flagged once when {@code at} has reached the due time (the warning then implied), else warned once. */
    public boolean flagLate(Instant at) {
        if (!at.isBefore(dueAt)) {
            breachedAt = at;
            if (warnedAt == null) {
                warnedAt = at; // the warning would only be noise now
            }
            return true;
        }
        warnedAt = at;
        return false;
    }

    /** Overdue: still due at its due time. */
    public boolean overdue(Instant at) {
        return status == CallbackStatus.DUE && at.isAfter(dueAt);
    }

    /**
     * Records one attempt; returns the status it leads to. Unreachable: tried again after {@code spacing}, and
     * closed as unreachable after {@code maxAttempts}. Dissatisfied: reopened, unless the case has already had
     * {@code maxReopenings} reopenings, then escalated to a dispatcher or auditor.
     */
    public CallbackStatus record(CallbackResult said, String note, String by, Instant at, int maxAttempts,
                                 Duration spacing, int maxReopenings) {
        if (status != CallbackStatus.DUE) {
            throw ProblemException.conflict("callback " + id + " is " + status + ": no more attempts can be recorded");
        }
        if (firstContactAt == null) {
            firstContactAt = at;
        }
        attempts++;
        result = said;
        notes = note;
        CallbackStatus next = switch (said) {
            case SATISFIED, BASICALLY_SATISFIED -> CallbackStatus.CLOSED;
            case DISSATISFIED -> round > maxReopenings ? CallbackStatus.ESCALATED : CallbackStatus.REOPENED;
            case UNREACHABLE -> attempts >= maxAttempts ? CallbackStatus.CLOSED : CallbackStatus.DUE;
        };
        if (next == CallbackStatus.DUE) {
            nextAttemptAt = at.plus(spacing);
        } else {
            status = next;
            closedAt = at;
            closedBy = by;
        }
        return next;
    }
}
