package cn.guihua.subsidy.notice;

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

/** A public notice (公示) of an application or of a farmland selection, with its terms as worked out on posting. */
@Entity
@Table(name = "public_notice")
public class PublicNotice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "policy_code")
    public String policyCode;

    @Column(name = "rule_code")
    public String ruleCode;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "ranking_id")
    public Long rankingId;

    public String jurisdiction;

    @Column(name = "posted_on")
    public LocalDate postedOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public Integer days;

    @Column(name = "day_kind")
    public String dayKind;

    @Column(name = "first_day_counted")
    public Boolean firstDayCounted;

    /** JSON list of the working days counted (working-day notices). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String counted;

    /** Why there is no end date: the unset parameters, or CALENDAR_NOT_CONFIGURED. */
    public String note;

    /** JSON list of the parameters read (ParameterUse). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String parameters;

    @Column(name = "posted_by")
    public String postedBy;

    @Column(name = "posted_at")
    public OffsetDateTime postedAt;
}
