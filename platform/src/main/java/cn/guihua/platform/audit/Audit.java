package cn.guihua.platform.audit;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
        try {
            e.details = details == null ? null : json.writeValueAsString(details);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Audit details are not serialisable", ex);
        }
        e.persist();
    }
}
