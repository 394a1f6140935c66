package cn.guihua.emergency.warning;

import java.time.OffsetDateTime;
import java.util.List;
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

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.reference.GovLevel;
import cn.guihua.emergency.reference.NoticeKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A warning (预警) issued by the jurisdiction or recorded from above it, for the area {@link #jurisdiction}. */
@Entity
@Table(name = "warning")
public class Warning extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The area covered: the warning is active for it and every street below it. */
    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    /** The row of reference/warnings.json {@code authority} in force for the current level. */
    @Column(name = "authority_id", nullable = false)
    public String authorityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventCategory category;

    @Column(name = "event_type")
    public String eventType;

    /** 1 (一级, red) … 4 (四级, blue); null for an ungraded notice. */
    public Integer level;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind")
    public NoticeKind noticeKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WarningStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_level", nullable = false)
    public GovLevel issuerLevel;

    @Column(name = "issuer_body", nullable = false)
    public String issuerBody;

    @Column(name = "authorised_by")
    public String authorisedBy;

    @Column(name = "issued_above", nullable = false)
    public boolean issuedAbove;

    /** The warning's content (the ten fields of 000:1315 for 槐荫区, and any others), key to text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> channels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<Integer> measures;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "lifted_at")
    public OffsetDateTime liftedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
