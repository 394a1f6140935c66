package cn.guihua.emergency.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A reporting or information-release deadline that starts with an incident: for the listed severity levels,
 * {@code dueAfter} (ISO-8601 duration) after the start event; a repeating clock falls due again every
 * {@code dueAfter} until the response ends.
 */
@Entity
@Table(name = "reporting_clock_rule")
public class ReportingClockRule extends PanacheEntityBase {

    @Schema(name = "ClockStart")
    public enum Start { OCCURRED, DISCOVERED, RESPONSE_STARTED, RESPONSE_ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    /** Null: applies to every incident of the jurisdiction. */
    @Column(name = "grading_table")
    public String gradingTable;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<Integer> levels;

    @Enumerated(EnumType.STRING)
    @Column(name = "starts_at", nullable = false)
    public Start startsAt;

    @Column(name = "due_after", nullable = false)
    public String dueAfter;

    public boolean repeats;

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
