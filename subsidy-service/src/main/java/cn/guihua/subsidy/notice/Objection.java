package cn.guihua.subsidy.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An objection (异议): to a notice, to one unit of a selection, or to an application's decision; resolved with an outcome. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    public enum Outcome {
        /** the objection holds: the application or unit does not pass */
        UPHELD,
        /** the objection fails: the notice passes once it has run */
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "ranking_id")
    public Long rankingId;

    public String unit;

    public String jurisdiction;

    public String department;

    @Column(name = "raised_on")
    public LocalDate raisedOn;

    @Column(name = "raised_by")
    public String raisedBy;

    public String text;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String resolution;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public int version;
}
