package cn.guihua.emergency.command;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The command set up for an incident from its plan's template (reference/command.json). */
@Entity
@Table(name = "incident_command")
public class IncidentCommand extends PanacheEntityBase {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "set_up_by", nullable = false)
    public String setUpBy;

    @Column(name = "set_up_at", nullable = false)
    public OffsetDateTime setUpAt;

    /** The clause that says who sets up the on-site command for the incident's grade. */
    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
