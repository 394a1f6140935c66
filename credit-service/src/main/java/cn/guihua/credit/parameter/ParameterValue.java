package cn.guihua.credit.parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One setting of a parameter: in force from {@code effectiveFrom}; a later setting for the same day supersedes it. */
@Entity
@Table(name = "parameter_value")
public class ParameterValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The value as JSON; null withdraws the parameter from {@code effectiveFrom}. */
    public String value;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public String note;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_department")
    public String setDepartment;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;
}
