package cn.guihua.subsidy.application;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A claim of one beneficiary under one policy for one benefit (a listing stage, an enrolment, a year's award). The
 * calculation is frozen into it when it is decided.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "policy_code")
    public String policyCode;

    @Column(name = "benefit_key")
    public String benefitKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary_type")
    public BeneficiaryType beneficiaryType;

    @Column(name = "beneficiary_id")
    public String beneficiaryId;

    @Column(name = "beneficiary_name")
    public String beneficiaryName;

    public String jurisdiction;

    @Column(name = "repatriated_proceeds")
    public BigDecimal repatriatedProceeds;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @JdbcTypeCode(SqlTypes.JSON)
    public String calculation;

    public BigDecimal amount;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The day of the event that creates the entitlement (a listing stage reached): the decision judges as of it. */
    @Column(name = "event_on")
    public java.time.LocalDate eventOn;

    /** The day the application was received (metrics per period). */
    @Column(name = "received_on")
    public java.time.LocalDate receivedOn;

    /** The 政企直通车 item it was made for, and that item's department. */
    @Column(name = "item_id")
    public UUID itemId;

    public String department;

    /** The facts its calculation needs (JSON): a headquarters' year, an introduction. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    /** Why no decision could be made (credit-service did not answer); cleared by the decision. */
    @Column(name = "pending_reason")
    public String pendingReason;

    @Version
    public int version;
}
