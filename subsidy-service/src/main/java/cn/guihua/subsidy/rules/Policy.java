package cn.guihua.subsidy.rules;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A policy document and the period it is in force. */
@Entity
@Table(name = "policy")
public class Policy extends PanacheEntityBase {

    @Id
    public String code;

    public String title;

    @Column(name = "document_no")
    public String documentNo;

    public String jurisdiction;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "source_ref")
    public String sourceRef;

    public boolean inForce(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
