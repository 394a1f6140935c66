package cn.guihua.subsidy.disability;

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

/** A disability certificate holder on record: the facts eligibility is decided from. Personal data. */
@Entity
@Table(name = "disabled_person")
public class DisabledPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "id_number")
    public String idNumber;

    public String name;

    /** Division code of the registered residence (户籍), 6 to 12 digits. */
    public String residence;

    @Enumerated(EnumType.STRING)
    public DisabilityCategory category;

    public int grade;

    @Column(name = "low_income")
    public boolean lowIncome;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;
}
