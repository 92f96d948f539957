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
import jakarta.persistence.Version;

import java.time.Instant;

/** A complaint accepted (受理) by an operator. Caller name and phone are personal data: they never leave this service. */
@Entity
@Table(name = "hotline_case")
public class HotlineCase extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "received_at")
    public Instant receivedAt;
    public boolean anonymous;
    @Column(name = "caller_name")
    public String callerName;
    @Column(name = "caller_phone")
    public String callerPhone;
    @Column(name = "callback_requested")
    public boolean callbackRequested;
    public String category;
    public String priority;
    public String district;
    public String street;
    public String address;
    @Column(name = "grid_cell")
    public String gridCell;
    public Double latitude;
    public Double longitude;
    public String description;
    @Column(name = "address_key")
    public String addressKey;
    @Column(name = "duplicate_of")
    public String duplicateOf;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
    /** The current round's deadlines, as dispatch set them (null until the case is dispatched). */
    @Column(name = "on_site_due")
    public Instant onSiteDue;
    @Column(name = "resolve_due")
    public Instant resolveDue;
    @Version
    public int version;

    /** Accepted now (受理) by {@code operator}, linked to {@code original} when it looks like a repeat of an open case. */
    public void register(String operator, Instant at, String original) {
        status = CaseStatus.REGISTERED;
        registeredBy = operator;
        registeredAt = at;
        duplicateOf = original;
    }

    /** Dispatch's promise for the current round: on site by, dealt with by. */
    public void promise(Instant onSite, Instant resolve) {
        onSiteDue = onSite;
        resolveDue = resolve;
    }

    /** The case stands where the latest status step of its timeline says. */
    public void follow(Step latest) {
        if (latest.status() != null) {
            status = latest.status();
        }
    }

    public static Uni<HotlineCase> findByNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResult();
    }
}
