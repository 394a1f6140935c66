package cn.guihua.subsidy.directdelivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise policy on the 政企直通车 platform, with its deadlines as worked out on the official calendar. */
@Entity
@Table(name = "dd_policy")
public class DdPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jurisdiction;

    public String title;

    @Column(name = "document_no")
    public String documentNo;

    @Enumerated(EnumType.STRING)
    public PolicyLevel level;

    public String issuer;

    @Column(name = "issuing_department")
    public String issuingDepartment;

    public String responsible;

    @Column(name = "policy_code")
    public String policyCode;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "uploaded_on")
    public LocalDate uploadedOn;

    @Column(name = "interpretation_published_on")
    public LocalDate interpretationPublishedOn;

    @Column(name = "interpretation_waived_on")
    public LocalDate interpretationWaivedOn;

    @Column(name = "interpretation_waiver")
    public String interpretationWaiver;

    @Column(name = "items_recorded_on")
    public LocalDate itemsRecordedOn;

    @Column(name = "upload_due")
    public LocalDate uploadDue;

    @Column(name = "decomposition_due")
    public LocalDate decompositionDue;

    @Column(name = "interpretation_due")
    public LocalDate interpretationDue;

    /** JSON of {@link Deadlines}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String deadlines;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
