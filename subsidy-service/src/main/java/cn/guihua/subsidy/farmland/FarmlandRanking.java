package cn.guihua.subsidy.farmland;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The selection made for one district and year; there is one per year. */
@Entity
@Table(name = "farmland_ranking")
public class FarmlandRanking extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String district;

    public int year;

    /** The day the selection was made: its rules are those in force then. */
    @Column(name = "selected_on")
    public java.time.LocalDate selectedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @Column(name = "made_by")
    public String madeBy;

    @Column(name = "made_at")
    public OffsetDateTime madeAt;
}
