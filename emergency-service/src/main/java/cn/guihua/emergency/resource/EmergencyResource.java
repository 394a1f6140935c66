package cn.guihua.emergency.resource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of a resource annex; written at start-up from {@code reference/resources-zhangdian.json}. */
@Entity
@Table(name = "emergency_resource")
public class EmergencyResource extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false)
    public ResourceType type;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    public int seq;

    @Column(nullable = false)
    public String name;

    /** Depot 物资储备类型, station kind, shelter 避难场所/疏散场地, medical unit kind. */
    public String kind;

    public String address;

    public String phone;

    @Column(name = "managing_body")
    public String managingBody;

    /** A depot's area, a shelter's effective area, in m². */
    @Column(name = "area_m2")
    public BigDecimal areaM2;

    @Column(name = "area_approximate")
    public boolean areaApproximate;

    @Column(name = "capacity_persons")
    public Integer capacityPersons;

    @Column(name = "shelter_class")
    public String shelterClass;

    public String contents;

    public Double latitude;

    public Double longitude;

    @Column(name = "latitude_dms")
    public String latitudeDms;

    @Column(name = "longitude_dms")
    public String longitudeDms;

    @Column(name = "coordinate_problem")
    public String coordinateProblem;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> notes;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;
}
