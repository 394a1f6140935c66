package cn.guihua.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One revision of a plan (规划). A published revision is never edited: a revision creates the next one and
 * the old stays readable. Exactly one revision per code is {@code current}, the one public reads return.
 */
// Not part of the API: a schema name of its own, so that the schema "Plan" of the answers is only its view record's
// (the platform's OpenAPI nullability finds the class behind a schema by its name).
@Schema(name = "PlanEntity", hidden = true)
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_content")
    @SequenceGenerator(name = "plan_content", sequenceName = "plan_content_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public boolean current;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "document_number")
    public String documentNumber;

    public String issuer;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "interpreting_body")
    public String interpretingBody;

    @Column(name = "source_ref")
    public String sourceRef;

    /** SHA-256 of the canonical plan document: the same content imported again is recognised and skipped. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<PlanArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<PlanEvaluation> evaluations = new ArrayList<>();

    public static Plan current(String code) {
        return find("code = ?1 and current = true", code).firstResult();
    }

    public static Plan draft(String code) {
        return find("code = ?1 and status = ?2", code, PlanStatus.DRAFT).firstResult();
    }

    public static Plan revision(String code, int revision) {
        return find("code = ?1 and revision = ?2", code, revision).firstResult();
    }
}
