package cn.guihua.emergency.catalogue;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of a jurisdiction's event catalogue: a special plan with its drafting lead (槐荫区) or an event type
 * with its lead departments (张店区). No lead departments means the source cell is blank.
 */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry extends PanacheEntityBase {

    @Schema(name = "CatalogueEntryKind")
    public enum Kind { SPECIAL_PLAN, EVENT_TYPE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventCategory category;

    public int seq;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_departments", nullable = false)
    public List<String> leadDepartments;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;
}
