package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest approved monitoring value of one FARMLAND_* indicator for a street or village and year. */
@Entity
@Table(name = "farmland_figure")
public class FarmlandFigure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String jurisdiction;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public int year;

    public BigDecimal value;

    public String unit;

    public String period;

    @Column(name = "value_id")
    public UUID valueId;

    @Column(name = "value_version")
    public int valueVersion;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
