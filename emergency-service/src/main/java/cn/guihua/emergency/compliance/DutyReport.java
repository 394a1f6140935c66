package cn.guihua.emergency.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That one occurrence (identified by its due date) of a periodic duty was met. */
@Entity
@Table(name = "duty_report")
public class DutyReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String code;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    public String reference;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
