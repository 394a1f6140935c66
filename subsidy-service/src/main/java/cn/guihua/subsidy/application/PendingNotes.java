package cn.guihua.subsidy.application;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.platform.audit.Audit;

/**
 * Records why a decision could not be made, in a transaction of its own, so that the reason stays on the application
 * while the decision itself (refused with 503) changes nothing. The row's version is not changed: the officer retries
 * with the version they read.
 */
@ApplicationScoped
public class PendingNotes {

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID application, String reason, Map<String, Object> check) {
        Application.update("pendingReason = ?1 where id = ?2", reason, application);
        audit.record("application.decision-pending", "Application", application, check);
    }
}
