package cn.guihua.subsidy.directdelivery;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise's portrait (企业画像): its tags by dimension (001:1872). */
@Entity
@Table(name = "dd_enterprise")
public class DdEnterprise extends PanacheEntityBase {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    public String jurisdiction;

    /** JSON object: tag name to value (text, number or list of texts). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String tags;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
