package cn.guihua.credit.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a record was from {@code knownFrom} until {@code knownTo}: reading these gives a past day "as known then". */
@Entity
@Table(name = "credit_record_version")
public class CreditRecordVersion extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RecordChange")
    public enum Change { CREATED, CORRECTED, DELETED, REPAIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false)
    public Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Column(name = "change_on", nullable = false)
    public LocalDate changeOn;

    public String reason;

    @Column(name = "objection_id")
    public Long objectionId;

    @Column(nullable = false)
    public String department;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String data;

    public String repair;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "known_from", nullable = false)
    public OffsetDateTime knownFrom;

    @Column(name = "known_to")
    public OffsetDateTime knownTo;
}
