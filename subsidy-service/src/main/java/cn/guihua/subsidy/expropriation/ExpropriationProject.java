package cn.guihua.subsidy.expropriation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An expropriation project of 兰山区 with its facts (JSON of {@link ProjectFacts}). */
@Entity
@Table(name = "expropriation_project")
public class ExpropriationProject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jurisdiction;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
