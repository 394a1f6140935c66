package cn.guihua.plan.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 发展领域, in the document's order. */
// Not part of the API: a schema name of its own, so that the schema "PlanArea" of the answers is only its view record's
// (the platform's OpenAPI nullability finds the class behind a schema by its name).
@Schema(name = "PlanAreaEntity", hidden = true)
@Entity
@Table(name = "plan_area")
public class PlanArea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_content")
    @SequenceGenerator(name = "plan_content", sequenceName = "plan_content_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String name;

    @Column(name = "source_ref")
    public String sourceRef;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<PlanGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<PlanMeasure> measures = new ArrayList<>();
}
