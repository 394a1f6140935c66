package cn.guihua.subsidy.reserve;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise in 槐荫区's listing reserve pool: tier, stage and the district leader assigned to it. No money. */
@Entity
@Table(name = "reserve_enterprise")
public class ReserveEnterprise extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    public String jurisdiction;

    @Enumerated(EnumType.STRING)
    public ReserveTier tier;

    @Enumerated(EnumType.STRING)
    public ReserveStage stage;

    public String leader;

    @Column(name = "leader_year")
    public Integer leaderYear;

    @Column(name = "leader_since")
    public LocalDate leaderSince;

    @Column(name = "last_visit_on")
    public LocalDate lastVisitOn;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
