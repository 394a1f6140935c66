package cn.guihua.emergency.command;

import java.util.List;
import java.util.UUID;

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

/** A body (指挥部, 现场指挥部, ...) or working group (工作组) of an incident's command, copied from the template. */
@Entity
@Table(name = "command_unit")
public class CommandUnit extends PanacheEntityBase {

    @Schema(name = "CommandUnitKind")
    public enum Kind { BODY, GROUP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public int seq;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_units", nullable = false)
    public List<String> leadUnits;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_units", nullable = false)
    public List<String> memberUnits;

    public String duties;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;
}
