package cn.guihua.credit.objection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.guihua.credit.record.SubjectType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An objection (异议申请) to a credit record or result (002:815, 002:2489). */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ObjectionStatus")
    public enum Status { OPEN, ERROR_CONFIRMED, NO_ERROR_FOUND, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    /** 属于本单位处理范围 (3 working days); null when not said (taken as within the receiving unit's remit). */
    @Column(name = "within_remit")
    public Boolean withinRemit;

    /** 需要其他单位协助核查 (7 working days); null when not yet known (the 7-day clock is shown "if referred"). */
    @Column(name = "needs_other_units")
    public Boolean needsOtherUnits;

    @Column(name = "verifying_units", nullable = false)
    public String verifyingUnits;

    @Column(nullable = false)
    public String claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The clocks as last computed (JSON). */
    @Column(nullable = false)
    public String clocks;

    /** Some due date could not be computed (the calendar did not answer): tried again on reading and on a schedule. */
    @Column(name = "clocks_pending", nullable = false)
    public boolean clocksPending;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
