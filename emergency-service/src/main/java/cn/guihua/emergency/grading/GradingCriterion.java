package cn.guihua.emergency.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One criterion of a level: all its conditions must hold. */
@Entity
@Table(name = "grading_criterion")
public class GradingCriterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_code", nullable = false)
    public String tableCode;

    public int level;

    @Column(nullable = false)
    public String code;

    /** The criterion as the source words it. */
    @Column(nullable = false)
    public String text;

    /** JSON array of {@link Condition}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String conditions;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;
}
