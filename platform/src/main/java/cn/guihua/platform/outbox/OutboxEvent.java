package cn.guihua.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event written with the business change, published to Kafka by {@link OutboxRelay}; or a chunk row of many events
 * ({@link OutboxChunk}), whose {@code eventId}, {@code messageKey} and {@code createdAt} are those of its first event.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    /** The whole CloudEvent in structured mode, as text: the relay sends it as it is. Empty in a chunk row. */
    @Column(nullable = false)
    public String payload;

    /** The number of events the row holds: 1, or a chunk row's. */
    @Column(nullable = false)
    public int events = 1;

    /** A chunk row's events ({@link OutboxChunk#read}); null in a row of one event. */
    @Column
    public byte[] chunk;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
