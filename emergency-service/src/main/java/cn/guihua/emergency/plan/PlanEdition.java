package cn.guihua.emergency.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One issue (edition, 版本) of a plan. The edition in force on a day is the latest issued on or before it. */
@Entity
@Table(name = "plan_edition")
public class PlanEdition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "document_number")
    public String documentNumber;

    /** The revision this edition came out of; null for the first edition. */
    @Enumerated(EnumType.STRING)
    @Column(name = "revision_kind")
    public RevisionKind revisionKind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<PlanEdition> of(UUID planId) {
        return list("planId", Sort.by("issueDate"), planId);
    }

    /** The edition in force on {@code day}: the latest issued on or before it. */
    public static Optional<PlanEdition> inForce(List<PlanEdition> editions, LocalDate day) {
        PlanEdition found = null;
        for (PlanEdition e : editions) {
            if (!e.issueDate.isAfter(day)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first issue date of the plan, or null when it was never issued. */
    public static LocalDate firstIssue(UUID planId) {
        return PlanEdition.<PlanEdition>find("planId", Sort.by("issueDate"), planId).firstResultOptional().map(e -> e.issueDate)
                .orElse(null);
    }
}
