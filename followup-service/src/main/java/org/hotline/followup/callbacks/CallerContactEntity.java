package org.hotline.followup.callbacks;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The caller's name and phone, for the operator making the callback. Personal data: never logged, never published. */
@Entity
@Table(name = "caller_contact")
public class CallerContactEntity extends PanacheEntityBase {
    @Id
    @Column(name = "case_number")
    public String caseNumber;
    public String name;
    public String phone;
}
