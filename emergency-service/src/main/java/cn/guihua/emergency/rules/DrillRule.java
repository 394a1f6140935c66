package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.guihua.emergency.plan.PlanType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How often plans of a type must be drilled (至少每2年, 000:1595; 002:3638). */
@Entity
@Table(name = "drill_rule")
public class DrillRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    @Column(name = "interval_months", nullable = false)
    public int intervalMonths;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** The rule of the nearest enclosing jurisdiction that has one. */
    public static Optional<DrillRule> applicable(String jurisdiction, PlanType type, LocalDate on) {
        return find("?1 like concat(jurisdiction, '%') and planType = ?2 and effectiveFrom <= ?3 "
                + "and (effectiveTo is null or effectiveTo >= ?3) order by length(jurisdiction) desc, effectiveFrom desc",
                jurisdiction, type, on).firstResultOptional();
    }
}
