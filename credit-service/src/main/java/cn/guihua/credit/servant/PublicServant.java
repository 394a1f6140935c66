package cn.guihua.credit.servant;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public servant's integrity file (个人诚信档案, 88号 002:1486-1487). */
@Entity
@Table(name = "public_servant")
public class PublicServant extends PanacheEntityBase {

    @Id
    @Column(name = "id_number")
    public String idNumber;

    @Column(nullable = false)
    public String name;

    /** 工作单位: the servant's own unit, which records daily work (002:1493) and may read the file (002:1492). */
    @Column(nullable = false)
    public String unit;

    public String post;

    public String category;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;
}
