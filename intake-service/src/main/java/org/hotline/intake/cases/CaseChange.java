package org.hotline.intake.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One corrected field of a case: the value before and after, who and when. */
@Entity
@Table(name = "case_change")
public class CaseChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
