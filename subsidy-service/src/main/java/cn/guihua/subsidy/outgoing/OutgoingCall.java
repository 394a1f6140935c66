package cn.guihua.subsidy.outgoing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A call to a neighbour, written with the change that needs it and retried until the neighbour accepts it. */
@Entity
@Table(name = "outgoing_call")
public class OutgoingCall extends PanacheEntityBase {

    /** Also sent as the Idempotency-Key, so a retry of an accepted call that looked failed is not a duplicate. */
    @Id
    public UUID id;

    public String target;

    public String path;

    @JdbcTypeCode(SqlTypes.JSON)
    public String body;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The W3C trace context current when the call was queued (null when there was none): the call continues it. */
    public String traceparent;

    public String tracestate;
}
