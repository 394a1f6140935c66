package cn.guihua.subsidy.directdelivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise's star rating of a department on one of the four metrics (001:1904). */
@Entity
@Table(name = "dd_rating")
public class DdRating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String jurisdiction;

    public String department;

    @Enumerated(EnumType.STRING)
    public Metric metric;

    public int stars;

    @Column(name = "rated_on")
    public LocalDate ratedOn;

    public String enterprise;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
