package cn.guihua.subsidy.directdelivery;

import java.math.BigDecimal;
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

/** A policy item (政策事项) in the ten-field schema of 001:1862. */
@Entity
@Table(name = "dd_item")
public class DdItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "policy_id")
    public UUID policyId;

    public String jurisdiction;

    public String name;

    public String basis;

    public String content;

    public String beneficiaries;

    @Column(name = "applicable_from")
    public LocalDate applicableFrom;

    @Column(name = "applicable_to")
    public LocalDate applicableTo;

    /** JSON list of {@link Condition}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String conditions;

    /** JSON list of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String materials;

    public String department;

    @Column(name = "contact_person")
    public String contactPerson;

    public String contact;

    @Column(name = "benefit_policy")
    public String benefitPolicy;

    public String benefit;

    public BigDecimal amount;

    @Column(name = "recorded_on")
    public LocalDate recordedOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
