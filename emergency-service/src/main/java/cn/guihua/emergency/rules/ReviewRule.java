package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.guihua.emergency.plan.EmergencyPlan;
import cn.guihua.emergency.plan.PlanType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Which plans need 应急管理部门审核 before approval: 槐荫区 its 区级灾害事故专项应急预案 (000:1575: categories NATURAL and
 * ACCIDENT), 张店区 every 本级专项应急预案 (002:3630). It applies to the plans of the jurisdiction itself.
 */
@Entity
@Table(name = "review_rule")
public class ReviewRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    /** The event categories the rule names; empty: every category. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> categories;

    @Column(nullable = false)
    public String reviewer;

    /** The plans as the clause names them (区级灾害事故专项应急预案). */
    @Column(name = "plans_named", nullable = false)
    public String plansNamed;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(nullable = false)
    public String quote;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /**
     * The rule that makes the plan's 审核 step compulsory on {@code day}, if any. A plan without a category (the
     * registry requires one for special plans) is taken to need the review where the rule names categories.
     */
    public static Optional<ReviewRule> requiredFor(EmergencyPlan plan, LocalDate day) {
        return ReviewRule.<ReviewRule>list("jurisdiction = ?1 and planType = ?2", plan.jurisdiction, plan.planType).stream()
                .filter(r -> r.inForceOn(day))
                .filter(r -> r.categories.isEmpty() || plan.category == null || r.categories.contains(plan.category.name()))
                .findFirst();
    }
}
