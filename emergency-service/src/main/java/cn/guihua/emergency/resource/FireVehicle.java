package cn.guihua.emergency.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A vehicle row of a fire-rescue station (002:3994-4088). */
@Entity
@Table(name = "fire_vehicle")
public class FireVehicle extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "station_code", nullable = false)
    public String stationCode;

    public int seq;

    @Column(name = "vehicle_type", nullable = false)
    public String vehicleType;

    public int quantity;

    public String note;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;
}
