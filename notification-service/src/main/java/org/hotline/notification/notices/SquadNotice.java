package org.hotline.notification.notices;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something a squad's supervisor must hear at once: new work, a deadline near or missed. */
@Entity
@Table(name = "squad_notice")
public class SquadNotice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String squad;
    public String kind;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "dispatch_id")
    public long dispatchId;
    public String detail;
    public Instant at;
}
