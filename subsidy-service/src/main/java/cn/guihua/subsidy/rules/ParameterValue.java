package cn.guihua.subsidy.rules;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One value of a parameter for a jurisdiction, in force from {@code validFrom} until a later value replaces it. */
@Entity
@Table(name = "parameter_value")
public class ParameterValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ParameterName name;

    public String jurisdiction;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    public String value;

    public String note;

    /** The legal basis the officer gives for the value (required for eligibility the documents do not define). */
    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public OffsetDateTime setAt;
}
