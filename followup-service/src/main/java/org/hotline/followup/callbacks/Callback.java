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
    @Version
    public int version;

    /** Records one attempt; returns the status it leads to. */
    public CallbackStatus record(CallbackResult said, String note, String by, Instant at, int maxAttempts) {
        if (status != CallbackStatus.DUE) {
            throw ProblemException.conflict("callback " + id + " is " + status + ": no more attempts can be recorded");
        }
        attempts++;
        result = said;
        notes = note;
        CallbackStatus next = switch (said) {
            case SATISFIED, BASICALLY_SATISFIED -> CallbackStatus.CLOSED;
            case DISSATISFIED -> CallbackStatus.REOPENED;
            case UNREACHABLE -> attempts >= maxAttempts ? CallbackStatus.CLOSED : CallbackStatus.DUE;
        };
        if (next != CallbackStatus.DUE) {
            status = next;
            closedAt = at;
            closedBy = by;
        }
        return next;
    }
}
