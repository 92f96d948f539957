package org.hotline.dispatch.deadlines;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One alarm of one deadline of one dispatch: fires once, unless the step is done (cancelled) first. */
@Entity
@Table(name = "deadline_alarm")
public class DeadlineAlarm extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "dispatch_id")
    public long dispatchId;
    @Column(name = "case_number")
    public String caseNumber;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "fired_at")
    public Instant firedAt;
    public boolean cancelled;

    /** Which promise: on site (到场) or dealt with (处置). */
    public enum Kind { ON_SITE, RESOLUTION }

    /** Warning before the deadline, breach (超时) at it, escalation (督办) after it. */
    public enum Stage { WARNING, BREACH, ESCALATION }

    /** Raised now: it never fires again. */
    public void fire(Instant at) {
        firedAt = at;
    }

    public static DeadlineAlarm of(long dispatchId, String caseNumber, Kind kind, Stage stage, Instant dueAt) {
        DeadlineAlarm a = new DeadlineAlarm();
        a.dispatchId = dispatchId;
        a.caseNumber = caseNumber;
        a.kind = kind;
        a.stage = stage;
        a.dueAt = dueAt;
        return a;
    }
}
