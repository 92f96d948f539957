package org.hotline.followup.callbacks;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What followup keeps of a registered case: whether a callback is wanted at all. */
@Entity
@Table(name = "case_facts")
public class CaseFacts extends PanacheEntityBase {
    @Id
    @Column(name = "case_number")
    public String caseNumber;
    public String channel;
    public String category;
    public String district;
    public boolean anonymous;
    @Column(name = "callback_requested")
    public boolean callbackRequested;
    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean wantsCallback() {
        return !anonymous && callbackRequested;
    }
}
