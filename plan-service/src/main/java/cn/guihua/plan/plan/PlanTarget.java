package cn.guihua.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A quantified target on one indicator, attached to a goal or to a measure. Besides what the document prints it holds
 * the planner's data of issue 12: a tolerance (defaulted from the phrasing), a base year and value with their source,
 * a value a higher level sets (to be entered by a planner), a milestone's deadline. A planner changes those on the
 * current published revision through {@code /api/v1/targets/{id}/...}; each change is a {@link TargetChange}.
 */
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
    @Column(name = "baseline_source")
    public BaselineSource baselineSource;

    /** The seed line of the base year or value (FFF:LINE). */
    @Column(name = "baseline_source_ref")
    public String baselineSourceRef;

    /** The day the base value was the state (「在…的基础上」: the issue date). */
    @Column(name = "baseline_as_of")
    public LocalDate baselineAsOf;

    /** Where the base comes from, in words: a planner's source of an entered value, or why the year is to be set. */
    @Column(name = "baseline_note")
    public String baselineNote;

    /** The document names no base year: a planner sets it. */
    @Column(name = "base_year_to_be_set", nullable = false)
    public boolean baseYearToBeSet;

    @Column(name = "suggested_base_year")
    public Integer suggestedBaseYear;

    /** Absolute, in the target's unit (percentage points of the decrease for DECREASE_PERCENT); null = 0. */
    public BigDecimal tolerance;

    @Enumerated(EnumType.STRING)
    @Column(name = "tolerance_source")
    public ToleranceSource toleranceSource;

    /** The row of the phrasing table that decided comparator, direction and tolerance ({@code 保持在X%左右}). */
    public String phrasing;

    /** The level is set by a higher level (市下达, 市定标准): null until a planner enters it. */
    @Column(name = "value_to_be_set", nullable = false)
    public boolean valueToBeSet;

    /** Who sets it, as the document says (济南市（市下达）). */
    @Column(name = "value_set_by")
    public String valueSetBy;

    /** An intermediate step before the plan's end, judged in its own year. */
    @Column(nullable = false)
    public boolean milestone;

    /** The deadline the document prints (2022年底前: 2022-12-31; 6月底前: 2022-06-30). */
    @Column(name = "milestone_date")
    public LocalDate milestoneDate;

    /** A relative target: the level is this indicator's value, same jurisdiction and year. */
    @Column(name = "reference_indicator_code")
    public String referenceIndicatorCode;

    /** DIRECTION only: an unchanged value meets it (只减不增). */
    @Column(name = "unchanged_meets")
    public Boolean unchangedMeets;

    @Enumerated(EnumType.STRING)
    public Nature nature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetScope scope;

    @Column(name = "source_phrase")
    public String sourcePhrase;

    @Column(name = "source_ref")
    public String sourceRef;

    /** Optimistic concurrency of the planner's changes. */
    @Version
    public long version;

    public PlanArea area() {
        return goal != null ? goal.area : measure.area;
    }
}
