package cn.guihua.emergency.revision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reason to revise a plan; while open, the plan is due for revision. Re-issuing the plan resolves it. */
@Entity
@Table(name = "revision_trigger")
public class RevisionTrigger extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** Code of the jurisdiction's revision circumstance, where it lists them. */
    public Integer circumstance;

    @Column(nullable = false)
    public String description;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "drill_id")
    public UUID drillId;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
