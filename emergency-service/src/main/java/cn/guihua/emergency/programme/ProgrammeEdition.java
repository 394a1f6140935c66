package cn.guihua.emergency.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An approved edition of a 编制修订工作规划 and its filing. */
@Entity
@Table(name = "programme_edition")
public class ProgrammeEdition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_code", nullable = false)
    public String programmeCode;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "filing_reference")
    public String filingReference;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
