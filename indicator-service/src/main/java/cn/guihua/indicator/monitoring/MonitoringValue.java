package cn.guihua.indicator.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of one monitoring value (监测数据). Rows are never overwritten: a correction adds the next
 * version and marks this one SUPERSEDED; only review fields change on a row after it is written.
 */
@Entity
@Table(name = "monitoring_value")
// Never in the API (answers are MonitoringValueView, whose schema is "MonitoringValue"). The name only keeps the
// platform's OpenAPI filter, which finds a schema's class by name, from taking this class for that schema.
@Schema(name = "MonitoringValueRow", hidden = true)
public class MonitoringValue extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 1 for the first submission, +1 per correction. */
    @Column(nullable = false)
    public int version;

    public UUID supersedes;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Residence residence;

    @Column(name = "age_group", nullable = false)
    public String ageGroup;

    @Column(nullable = false)
    public BigDecimal value;

    public BigDecimal numerator;

    public BigDecimal denominator;

    @Column(nullable = false)
    public String unit;

    public String department;

    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueStatus status;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    /** Why this version replaced the previous one (corrections only). */
    public String reason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_reason")
    public String reviewReason;

    /** The warning-level validation results the value was stored with, as JSON; null when it passed every rule. */
    @Column(name = "quality_flags")
    public String qualityFlags;

    /** Guards against two reviewers deciding the same version at once. */
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
