package cn.guihua.emergency.response;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an incident's response: who, when, the tier, and the clause. */
@Entity
@Table(name = "response_step")
public class ResponseStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ResponseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ResponseStatus toStatus;

    public Integer tier;

    @Column(name = "tier_name")
    public String tierName;

    @Column(name = "actor_body")
    public String actorBody;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    @Column(name = "source_ref")
    public String sourceRef;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
