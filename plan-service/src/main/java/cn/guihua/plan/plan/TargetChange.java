package cn.guihua.plan.plan;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of a target's planner data (its history): what was set, from what to what, by whom, when and why.
 * Written in the transaction of the change, with its audit entry.
 */
// Not part of the API: its view is TargetChangeView.
@Schema(name = "TargetChangeEntity", hidden = true)
@Entity
@Table(name = "plan_target_change")
public class TargetChange extends PanacheEntityBase {

    public enum Field {
        TOLERANCE, VALUE, BASELINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_target_change")
    @SequenceGenerator(name = "plan_target_change", sequenceName = "plan_target_change_seq", allocationSize = 1)
    public Long id;

    @Column(name = "target_id", nullable = false)
    public Long targetId;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Field field;

    /** The fields before and after, as JSON text ({"tolerance":1,"toleranceSource":"PHRASING_DEFAULT"}). */
    @Column(name = "old_value", nullable = false)
    public String oldValue;

    @Column(name = "new_value", nullable = false)
    public String newValue;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
