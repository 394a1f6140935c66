package cn.guihua.credit.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A resident in the 爱张店·诚信分 scheme (002:2434) by resident ID number (GB 11643). */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    /** 本区户籍人口, 持有居住证的外来人口 (002:2434), or neither (not in scope). */
    public enum Residency { HOUSEHOLD_REGISTERED, RESIDENCE_PERMIT, NONE }

    @Id
    @Column(name = "id_number")
    public String idNumber;

    @Column(nullable = false)
    public String name;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Residency residency;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;
}
