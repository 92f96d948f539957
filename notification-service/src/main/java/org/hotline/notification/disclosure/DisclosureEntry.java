package org.hotline.notification.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of the public disclosure feed (公开). Append-only and hash-chained; never edited. */
@Entity
@Table(name = "disclosure_entry")
@io.quarkus.qute.TemplateData
public class DisclosureEntry extends PanacheEntityBase {
    @Id
    public long seq;
    @Column(name = "case_number")
    public String caseNumber;
    public String channel;
    public String category;
    public String district;
    public String street;
    public String status;
    public String outcome;
    @Column(name = "public_summary")
    public String publicSummary;
    public String satisfaction;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "corrects_seq")
    public Long correctsSeq;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
