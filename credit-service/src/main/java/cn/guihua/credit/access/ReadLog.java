package cn.guihua.credit.access;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.platform.audit.Audit;

/**
 * 查询使用登记 (002:2490): every read of someone else's personal record, allowed or refused, is an audit entry, in a
 * transaction of its own so that a refusal is logged too.
 */
@ApplicationScoped
public class ReadLog {

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(String entityType, String id, String operation, String basis, String purpose, String authorisation, boolean allowed,
            String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", operation);
        details.put("basis", basis);
        details.put("purpose", purpose);
        details.put("authorisation", authorisation);
        details.put("allowed", allowed);
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(allowed ? "credit.read" : "credit.read-refused", entityType, id, details);
    }
}
