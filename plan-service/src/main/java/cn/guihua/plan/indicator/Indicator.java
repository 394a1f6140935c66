package cn.guihua.plan.indicator;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A shared indicator definition (指标), comparable across jurisdictions. */
// Not part of the API: a schema name of its own, so that the schema "Indicator" of the answers is only its view record's
// (the platform's OpenAPI nullability finds the class behind a schema by its name).
@Schema(name = "IndicatorEntity", hidden = true)
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    @Column(name = "better_direction", nullable = false)
    public BetterDirection betterDirection;

    @Column(nullable = false)
    public String scale;

    @Column(name = "tracked_from")
    public Integer trackedFrom;

    @Column(name = "tracked_to")
    public Integer trackedTo;

    public String definition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> aliases;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
