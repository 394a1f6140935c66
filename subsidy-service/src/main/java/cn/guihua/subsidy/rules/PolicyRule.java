package cn.guihua.subsidy.rules;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rule held as data: a row of a source table or schedule, valid for a period, with its clause. */
@Entity
@Table(name = "policy_rule")
public class PolicyRule extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "policy_code")
    public String policyCode;

    @Column(name = "rule_code")
    public String ruleCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public String params;

    @Column(name = "source_ref")
    public String sourceRef;

    public String quote;
}
