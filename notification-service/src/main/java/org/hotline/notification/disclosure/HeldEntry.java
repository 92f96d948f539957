package org.hotline.notification.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A closed case whose public summary gave away personal data: waits for an edited summary. */
@Entity
@Table(name = "held_entry")
public class HeldEntry extends PanacheEntityBase {
    @Id
    @Column(name = "case_number")
    public String caseNumber;
    public String reason;
    public String outcome;
    @Column(name = "public_summary")
    public String publicSummary;
    public String satisfaction;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "held_at")
    public Instant heldAt;
}
