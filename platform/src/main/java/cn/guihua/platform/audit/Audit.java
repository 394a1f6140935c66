package cn.guihua.platform.audit;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.security.Caller;

/** Records mutations; must run inside the mutation's transaction so that both commit or neither. */
@ApplicationScoped
public class Audit {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object details) {
        recordAs(caller.subject(), caller.jurisdiction(), action, entityType, entityId, details);
    }

    /** One entry of {@link #recordAll}: what {@link #record} takes. */
    public record Entry(String action, String entityType, Object entityId, Object details) {
    }

    /**
     * As {@link #record} for each entry, in their order, the same rows, sent in one JDBC batch: an entry takes its id
     * from the database, so Hibernate inserts each one alone, a round trip each (issue 17).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String actor = caller.subject();
        String jurisdiction = caller.jurisdiction();
        List<String> details = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            details.add(write(e.details()));
        }
        AuditEntry.getEntityManager().unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_entry (at, actor, jurisdiction, action, entity_type, "
                    + "entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    ps.setObject(1, OffsetDateTime.now());
                    ps.setString(2, actor);
                    ps.setString(3, jurisdiction);
                    ps.setString(4, e.action());
                    ps.setString(5, e.entityType());
                    ps.setString(6, String.valueOf(e.entityId()));
                    ps.setString(7, details.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Records in a transaction of its own, committed even when the caller's work then fails: for a read of personal
     * data that must be audited whether it is granted or refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlways(String action, String entityType, Object entityId, Object details) {
        recordAs(caller.subject(), caller.jurisdiction(), action, entityType, entityId, details);
    }

    /** For changes no request caused: reference data loaded at start-up, an event consumed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String jurisdiction, String action, String entityType, Object entityId, Object details) {
        AuditEntry e = new AuditEntry();
        e.at = OffsetDateTime.now();
        e.actor = actor;
        e.jurisdiction = jurisdiction;
        e.action = action;
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.details = write(details);
        e.persist();
    }

    private String write(Object details) {
        try {
            return details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Audit details are not serialisable", ex);
        }
    }
}
