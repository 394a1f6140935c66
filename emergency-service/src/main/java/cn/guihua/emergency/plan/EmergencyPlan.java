package cn.guihua.emergency.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.guihua.emergency.catalogue.EventCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An emergency plan (应急预案) in the registry. */
@Entity
@Table(name = "emergency_plan")
public class EmergencyPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    public PlanType planType;

    @Enumerated(EnumType.STRING)
    public EventCategory category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_departments", nullable = false)
    public List<String> leadDepartments;

    @Column(name = "drafting_unit")
    public String draftingUnit;

    @Column(name = "approving_body")
    public String approvingBody;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "interpreting_body")
    public String interpretingBody;

    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "supersedes_plan_id")
    public UUID supersedesPlanId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> attachments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_kind")
    public RevisionKind revisionKind;

    /** Issue date of the last edition that came out of a major revision; a drill on the new text is owed after it. */
    @Column(name = "major_revision_issued_on")
    public LocalDate majorRevisionIssuedOn;

    @Column(name = "source_ref")
    public String sourceRef;

    /** The day the plan stopped applying (superseded: the replacing plan's issue date; repealed); null while it applies. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** For enterprise plans: the kind of enterprise, which decides the filing recipients (000:1585). */
    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_kind")
    public EnterpriseKind enterpriseKind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
