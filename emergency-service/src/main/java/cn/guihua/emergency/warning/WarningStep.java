package cn.guihua.emergency.warning;

import java.time.OffsetDateTime;
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

import cn.guihua.emergency.reference.GovLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a warning: who did what when, and the clause that allows it. */
@Entity
@Table(name = "warning_step")
public class WarningStep extends PanacheEntityBase {

    @Schema(name = "WarningAction")
    public enum Action {
        /** 发布 by the jurisdiction */
        ISSUE,
        /** a warning issued above the jurisdiction, recorded by it */
        RECORD,
        /** 调整预警级别 */
        ADJUST,
        /** 解除 */
        LIFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "warning_id", nullable = false)
    public UUID warningId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WarningStatus status;

    public Integer level;

    @Column(name = "from_level")
    public Integer fromLevel;

    @Column(name = "actor_body", nullable = false)
    public String actorBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_level", nullable = false)
    public GovLevel actorLevel;

    @Column(name = "authorised_by")
    public String authorisedBy;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> channels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<Integer> measures;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
