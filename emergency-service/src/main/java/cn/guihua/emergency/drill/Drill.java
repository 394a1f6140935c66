package cn.guihua.emergency.drill;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exercise of a plan (应急演练, 000:1593-1601; 002:3638-3641). */
@Entity
@Table(name = "drill")
public class Drill extends PanacheEntityBase {

    @Schema(name = "DrillForm")
    public enum Form {
        /** 实战演练 */
        LIVE,
        /** 桌面推演 */
        TABLETOP
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Form form;

    @Column(nullable = false)
    public String organiser;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> participants;

    public String findings;

    @Column(name = "revision_needed", nullable = false)
    public boolean revisionNeeded;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
