package cn.guihua.emergency.rules;

import java.time.LocalDate;
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

/**
 * Who activates (决定启动) and who coordinates a response level. Rows with a grading table apply to incidents
 * graded by it (for the severity levels listed); rows without one are the jurisdiction's overall-plan tiers.
 */
@Entity
@Table(name = "response_level_rule")
public class ResponseLevelRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "grading_table")
    public String gradingTable;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "severity_levels", nullable = false)
    public List<Integer> severityLevels;

    @Column(name = "response_level", nullable = false)
    public String responseLevel;

    @Column(name = "activated_by", nullable = false)
    public String activatedBy;

    @Column(name = "coordinated_by")
    public String coordinatedBy;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
