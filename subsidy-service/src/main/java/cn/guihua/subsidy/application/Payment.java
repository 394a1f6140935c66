package cn.guihua.subsidy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money paid on an approved application; a farmland award also owes a fund-use plan by a due date. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "policy_code")
    public String policyCode;

    @Column(name = "beneficiary_id")
    public String beneficiaryId;

    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public String reference;

    @Column(name = "fund_use_plan_due")
    public LocalDate fundUsePlanDue;

    @Column(name = "fund_use_plan_on")
    public LocalDate fundUsePlanOn;

    /** JSON of the fund-use plan's lines and their check (000:1761-1777). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "fund_use_plan")
    public String fundUsePlan;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
