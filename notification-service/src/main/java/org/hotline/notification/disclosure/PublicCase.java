package org.hotline.notification.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The public facts of a case: channel, category, district and street (no house number), time received. */
@Entity
@DynamicUpdate // consumers of two topics change different columns of one case at once: write only what changed
@Table(name = "public_case")
@io.quarkus.qute.TemplateData
public class PublicCase extends PanacheEntityBase {
    @Id
    @Column(name = "case_number")
    public String caseNumber;
    public String channel;
    public String category;
    public String district;
    public String street;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** Whether the caller gave no name and phone (null for cases registered before it was kept: not waited for). */
    public Boolean anonymous;
    @Column(name = "on_site_due")
    public Instant onSiteDue;
    @Column(name = "on_site_at")
    public Instant onSiteAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    public String satisfaction;
    /** Where, rounded to the street by intake (three decimals); null when the operator had no coordinates. */
    public Double latitude;
    public Double longitude;
    /** When the case was closed (its personal data is erased a set time after; see NoticeRetention). */
    @jakarta.persistence.Column(name = "closed_at")
    public Instant closedAt;
    /** The current resolution deadline, from dispatch (extensions included). */
    @Column(name = "resolve_due")
    public Instant resolveDue;
    /** The latest round's resolution deadline before any extension. */
    @Column(name = "promised_resolve_due")
    public Instant promisedResolveDue;

    /** Whether the resolution deadline was moved by an extension. */
    public boolean extended() {
        return promisedResolveDue != null && resolveDue != null && resolveDue.isAfter(promisedResolveDue);
    }
}
