package org.hotline.intake.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A step of a case's timeline: intake's own, or learnt from another service's event. */
@Entity
@Table(name = "case_step")
public class CaseStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    @Enumerated(EnumType.STRING)
    public Step step;
    public Instant at;
    public Integer round;
    public String squad;
    public String detail;
    /** Who took the step, where another service tells (the supervisor who returned it, the dispatcher who re-routed it). */
    public String actor;
    @Column(name = "event_id")
    public UUID eventId;

    public static CaseStep of(String caseNumber, Step step, Instant at, Integer round, String squad, String detail) {
        CaseStep s = new CaseStep();
        s.caseNumber = caseNumber;
        s.step = step;
        s.at = at;
        s.round = round;
        s.squad = squad;
        s.detail = detail;
        return s;
    }

    /** Who took the step. */
    public CaseStep by(String actor) {
        this.actor = actor;
        return this;
    }

    public static Uni<List<CaseStep>> of(Collection<String> caseNumbers) {
        return list("caseNumber in ?1 order by at, id", caseNumbers);
    }

    /** The latest step that sets a status: the case's status. */
    public static Uni<CaseStep> latestStatusStep(String caseNumber) {
        return find("caseNumber = ?1 and step <> ?2 order by at desc, id desc", caseNumber, Step.CORRECTED).firstResult();
    }
}
