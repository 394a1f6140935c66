package cn.guihua.emergency.command;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person staffing a unit of an incident's command. */
@Entity
@Table(name = "command_assignment")
public class CommandAssignment extends PanacheEntityBase {

    @Schema(name = "CommandRole")
    public enum Role {
        /** 指挥长 / 总指挥 / 组长 */
        COMMANDER,
        /** 副指挥长 / 副组长 */
        DEPUTY_COMMANDER,
        /** 牵头单位的负责同志 */
        LEAD,
        MEMBER,
        /** 联络员 */
        LIAISON
    }

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public String person;

    public String organisation;

    public String phone;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
