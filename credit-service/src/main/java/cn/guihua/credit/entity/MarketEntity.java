package cn.guihua.credit.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A market entity (市场主体, 002:750) by its unified social credit code. */
@Entity
@Table(name = "market_entity")
public class MarketEntity extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MarketEntityKind")
    public enum Kind { ENTERPRISE, INDIVIDUAL_BUSINESS, FARMERS_COOPERATIVE, OTHER_ECONOMIC_ORGANISATION }

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;
}
