package cn.guihua.credit.objection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What happened to an objection: error confirmed, record corrected or deleted, data supplemented, applicant notified. */
@Entity
@Table(name = "objection_event")
public class ObjectionEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "objection_id", nullable = false)
    public Long objectionId;

    @Column(nullable = false)
    public String type;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    public String department;

    @Column(name = "record_id")
    public Long recordId;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;
}
