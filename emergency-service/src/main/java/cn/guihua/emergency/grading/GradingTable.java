package cn.guihua.emergency.grading;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The grading standard (分级标准) of one event type: the metrics it reads and its criteria per level. */
@Entity
@Table(name = "grading_table")
public class GradingTable extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String name;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The plan the table belongs to; incidents graded by it fall under that plan. */
    @Column(name = "plan_id")
    public UUID planId;

    /** JSON array of {name, description}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String metrics;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
