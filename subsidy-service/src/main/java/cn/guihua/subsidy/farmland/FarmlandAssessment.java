package cn.guihua.subsidy.farmland;

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

/** One street's or village's candidacy for one year's district farmland incentive, with the facts it is scored on. */
@Entity
@Table(name = "farmland_assessment")
public class FarmlandAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The selection year; the figures are those of the end of the year before (上一年度末, 000:1796). */
    public int year;

    public String district;

    public String jurisdiction;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    public UnitType unitType;

    /** The street a village belongs to (its first 9 digits); the street itself for a street. */
    public String street;

    @JdbcTypeCode(SqlTypes.JSON)
    public String inputs;

    /** Which inputs came from approved monitoring values, and which value each came from. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String prefilled;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
