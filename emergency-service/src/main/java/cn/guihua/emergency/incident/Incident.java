package cn.guihua.emergency.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.guihua.emergency.response.ResponseStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recorded emergency (突发事件) with its grade, applicable plan and response. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String title;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "grading_table")
    public String gradingTable;

    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    /** 1 = 特别重大 … 4 = 一般; null while ungraded. */
    public Integer level;

    /** The matched criteria (JSON array of Grade.Match); null when the level was assessed by hand. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String matched;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "discovered_at", nullable = false)
    public OffsetDateTime discoveredAt;

    @Column(name = "response_level")
    public String responseLevel;

    @Column(name = "response_started_at")
    public OffsetDateTime responseStartedAt;

    @Column(name = "response_ended_at")
    public OffsetDateTime responseEndedAt;

    /** Where the response stands; null while none was proposed or activated. */
    @Enumerated(EnumType.STRING)
    @Column(name = "response_status")
    public ResponseStatus responseStatus;

    /** The tier (响应级别) of the plan the response runs at; responseLevel keeps its name. */
    @Column(name = "response_tier")
    public Integer responseTier;

    @Column(name = "response_proposed_at")
    public OffsetDateTime responseProposedAt;

    @Column(name = "response_recovery_at")
    public OffsetDateTime responseRecoveryAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
