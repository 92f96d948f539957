package org.hotline.notification.disclosure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The caller's name as a keyed fingerprint only (see {@link PublicTextGuard}). */
@Entity
@Table(name = "caller_name")
public class CallerName extends PanacheEntityBase {
    @Id
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "name_hash")
    public String nameHash;
}
