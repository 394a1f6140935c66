package cn.guihua.subsidy.disability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One month's payment run of a district: who was eligible, who was paid, how much, and the coverage that followed. */
@Entity
@Table(name = "disability_batch")
public class DisabilityBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    public String district;

    public String month;

    @Column(name = "living_eligible")
    public int livingEligible;

    @Column(name = "living_paid")
    public int livingPaid;

    @Column(name = "nursing_eligible")
    public int nursingEligible;

    @Column(name = "nursing_paid")
    public int nursingPaid;

    @Column(name = "living_amount")
    public BigDecimal livingAmount;

    @Column(name = "nursing_amount")
    public BigDecimal nursingAmount;

    @Column(name = "living_coverage")
    public BigDecimal livingCoverage;

    @Column(name = "nursing_coverage")
    public BigDecimal nursingCoverage;

    @Column(name = "made_by")
    public String madeBy;

    @Column(name = "made_at")
    public OffsetDateTime madeAt;
}
