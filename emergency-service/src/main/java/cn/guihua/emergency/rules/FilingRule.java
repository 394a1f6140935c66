package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.guihua.emergency.plan.EnterpriseKind;
import cn.guihua.emergency.plan.PlanType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who a plan of a type must be filed with (备案) and, where the jurisdiction sets one, within how many working days. */
@Entity
@Table(name = "filing_rule")
public class FilingRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    @Column(nullable = false)
    public String recipient;

    /** As the source words it: 报送备案, 抄送, ... */
    @Column(nullable = false)
    public String mode;

    /** Null where the source sets no deadline. */
    @Column(name = "deadline_working_days")
    public Integer deadlineWorkingDays;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** For enterprise plans: the kind of enterprise the rule is for (000:1585); null for every other plan type. */
    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_kind")
    public EnterpriseKind enterpriseKind;

    /**
     * The rules for a plan of {@code type} issued {@code on} in {@code jurisdiction}: those of the nearest enclosing
     * jurisdiction that has any, so a street's plan follows its district's rules (000:1583).
     */
    public static List<FilingRule> applicable(String jurisdiction, PlanType type, EnterpriseKind kind, LocalDate on) {
        String where = "?1 like concat(jurisdiction, '%') and planType = ?2 and effectiveFrom <= ?3 "
                + "and (effectiveTo is null or effectiveTo >= ?3)";
        List<FilingRule> rules = type == PlanType.ENTERPRISE
                // an enterprise plan of no stated kind is one of 其他所有制企业
                ? list(where + " and (enterpriseKind is null or enterpriseKind = ?4) order by length(jurisdiction) desc, id",
                        jurisdiction, type, on, kind == null ? EnterpriseKind.OTHER_OWNERSHIP : kind)
                : list(where + " and enterpriseKind is null order by length(jurisdiction) desc, id", jurisdiction, type, on);
        if (rules.isEmpty()) {
            return rules;
        }
        return rules.stream().filter(r -> r.jurisdiction.equals(rules.get(0).jurisdiction)).toList();
    }
}
