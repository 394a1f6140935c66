package cn.guihua.credit.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.engine.Status;
import cn.guihua.platform.outbox.Outbox;

/**
 * {@code cn.guihua.credit.level-changed.v1} on {@code guihua.credit.events}, key the credit code, through the outbox:
 * written in the transaction of the change that moved the level (docs/asyncapi/credit-service.yaml).
 */
@ApplicationScoped
public class LevelChanges {

    public static final String TOPIC = "guihua.credit.events";
    public static final String TYPE = "cn.guihua.credit.level-changed.v1";

    /** What moved the level. */
    public enum Cause {
        RECORD_CREATED, RECORD_CORRECTED, RECORD_DELETED, RECORD_REPAIRED, PARAMETER_SET, DATE_PASSED;

        public static Cause of(cn.guihua.credit.record.CreditRecordVersion.Change change) {
            return switch (change) {
                case CREATED -> RECORD_CREATED;
                case CORRECTED -> RECORD_CORRECTED;
                case DELETED -> RECORD_DELETED;
                case REPAIRED -> RECORD_REPAIRED;
            };
        }
    }

    @Inject
    Outbox outbox;

    /** Publishes when the level of {@code on} differs before and after; both must be calculated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean compare(EntityEvaluation before, EntityEvaluation after, LocalDate on, Cause cause, Long recordId, Long objectionId) {
        if (before.status() != Status.CALCULATED || after.status() != Status.CALCULATED || before.level().equals(after.level())) {
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creditCode", after.creditCode());
        data.put("name", after.name());
        data.put("asOf", on.toString());
        data.put("previous", state(before));
        data.put("current", state(after));
        data.put("cause", cause.name());
        data.put("recordId", recordId);
        data.put("objectionId", objectionId);
        data.put("restrictsFiscalFunds", after.restrictions().fiscalFunds());
        data.put("clause", after.restrictions().clause());
        outbox.publish(TOPIC, after.creditCode(), TYPE, "market-entities/" + after.creditCode(), data);
        return true;
    }

    private static Map<String, Object> state(EntityEvaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", e.level());
        m.put("score", e.score());
        m.put("supervisionClass", e.supervisionClass().key());
        return m;
    }
}
