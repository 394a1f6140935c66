package cn.guihua.emergency.filing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The duty to file one edition (issue date) of a plan with one recipient, and when it was met. */
@Entity
@Table(name = "filing")
public class Filing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "rule_id", nullable = false)
    public Long ruleId;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "filed_by")
    public String filedBy;

    public String reference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
