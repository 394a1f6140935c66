package cn.guihua.plan.jurisdiction;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An administrative division (行政区划), identified by its GB/T 2260 code. */
// Not part of the API: a schema name of its own, so that the schema "Jurisdiction" of the answers is only its view record's
// (the platform's OpenAPI nullability finds the class behind a schema by its name).
@Schema(name = "JurisdictionEntity", hidden = true)
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JurisdictionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
