package cn.guihua.plan.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A quantified target on one indicator, attached to a goal or to a measure. */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_content")
    @SequenceGenerator(name = "plan_content", sequenceName = "plan_content_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public PlanGoal goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public PlanMeasure measure;

    @Column(nullable = false)
    public int sequence;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparator comparator;

    public BigDecimal value;

    @Column(name = "value_high")
    public BigDecimal valueHigh;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String unit;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "baseline_comparator")
    public Comparator baselineComparator;

    @Enumerated(EnumType.STRING)
    public Nature nature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetScope scope;

    @Column(name = "source_phrase")
    public String sourcePhrase;

    @Column(name = "source_ref")
    public String sourceRef;

    public PlanArea area() {
        return goal != null ? goal.area : measure.area;
    }
}
