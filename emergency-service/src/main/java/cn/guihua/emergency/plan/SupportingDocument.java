package cn.guihua.emergency.plan;

import java.time.LocalDate;
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

/** A supporting document of a plan: 应急工作手册 or 事件/应急行动方案 (000:1207-1211; 002:3400-3401). */
@Entity
@Table(name = "supporting_document")
public class SupportingDocument extends PanacheEntityBase {

    @Schema(name = "SupportingDocumentKind")
    public enum Kind {
        /** 应急工作手册 */
        WORK_MANUAL,
        /** 事件行动方案 (槐荫区) / 应急行动方案 (张店区) */
        ACTION_PLAN
    }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    public String reference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
