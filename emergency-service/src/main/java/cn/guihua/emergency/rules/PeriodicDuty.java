package cn.guihua.emergency.rules;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A yearly reporting duty; due month and day are null where the source gives no deadline. */
@Entity
@Table(name = "periodic_duty")
public class PeriodicDuty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String responsible;

    @Column(name = "report_to", nullable = false)
    public String reportTo;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    /** The day the plan that sets the duty took effect; no occurrence before it is owed. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The last day the duty is owed; null while the plan that sets it applies. */
    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** Whether an occurrence due on {@code due} is owed at all. */
    public boolean owedOn(LocalDate due) {
        return !due.isBefore(effectiveFrom) && (effectiveTo == null || !due.isAfter(effectiveTo));
    }
}
