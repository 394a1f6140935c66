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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 策略措施 with its responsible units; may carry targets that the goals do not state. */
// Not part of the API: a schema name of its own, so that the schema "PlanMeasure" of the answers is only its view record's
// (the platform's OpenAPI nullability finds the class behind a schema by its name).
@Schema(name = "PlanMeasureEntity", hidden = true)
@Entity
@Table(name = "plan_measure")
public class PlanMeasure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_content")
    @SequenceGenerator(name = "plan_content", sequenceName = "plan_content_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public PlanArea area;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "responsible_units", nullable = false)
    public List<String> responsibleUnits = new ArrayList<>();

    @Column(name = "source_ref")
    public String sourceRef;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<PlanTarget> targets = new ArrayList<>();
}
