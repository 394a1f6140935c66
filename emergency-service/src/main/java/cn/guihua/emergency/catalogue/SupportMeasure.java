package cn.guihua.emergency.catalogue;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An emergency support measure (应急保障措施) with its lead and supporting units. */
@Entity
@Table(name = "support_measure")
public class SupportMeasure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    public int seq;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_departments", nullable = false)
    public List<String> leadDepartments;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supporting_units", nullable = false)
    public List<String> supportingUnits;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;
}
