package cn.guihua.credit.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.guihua.credit.access.Dates;
import cn.guihua.credit.access.Officers;
import cn.guihua.credit.identity.Masks;
import cn.guihua.credit.objection.Objections;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;

/**
 * What entering, correcting, deleting and repairing a record does, the same for the three models: the recording
 * department is the caller's dept and only it may change the record (谁录入谁负责, 002:785), the version is checked,
 * the record is checked against the annex, every version is kept, the objection it answers is told, and the change
 * is audited. {@link Effect} lets a model react to the change (market entities publish a changed level).
 */
@ApplicationScoped
public class RecordActions {

    /** What a model does around a change: look before it, then after it. */
    @FunctionalInterface
    public interface Effect {
        After before(LocalDate on);

        @FunctionalInterface
        interface After {
            void after(CreditRecordVersion.Change change, long recordId, Long objectionId);
        }

        Effect NONE = on -> (change, id, objection) -> { };
    }

    /** The model's check of a record's data: its annex rules (RecordChecks), with the day it was reported. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T data, LocalDate reportedOn, LocalDate today);
    }

    @Inject
    Officers officers;

    @Inject
    RecordStore store;

    @Inject
    Objections objections;

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CreditRecord create(SubjectType type, String subject, RecordRequests.NewRecord<T> body, Check<T> check, Function<T, String> row,
            Effect effect) {
        String dept = officers.department();
        LocalDate reportedOn = Dates.orToday(body.reportedOn());
        check.check(body.record(), reportedOn, Dates.today());
        if (body.objectionId() != null) {
            objections.requireOpen(body.objectionId(), type, subject);
        }
        Effect.After after = effect.before(reportedOn);
        CreditRecord r = store.create(type, subject, dept, reportedOn, body.record(), officers.caller().subject(),
                new RecordStore.ChangeNote(reportedOn, null, body.objectionId()));
        CreditRecord.getEntityManager().flush();
        after.after(CreditRecordVersion.Change.CREATED, r.id, body.objectionId());
        if (body.objectionId() != null) {
            objections.recordChanged(body.objectionId(), "DATA_SUPPLEMENTED", reportedOn, dept, r.id);
        }
        audit.record("credit-record.created", "CreditRecord", r.id, details(type, subject, row.apply(body.record()), null));
        return r;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CreditRecord correct(CreditRecord r, RecordRequests.Correction<T> body, Check<T> check, Function<T, String> row, Effect effect) {
        officers.requireRecorder(r.department);
        ProblemException.requireVersion(body.version(), r.version);
        LocalDate on = day(body.on());
        check.check(body.record(), r.reportedOn, Dates.today());
        if (body.objectionId() != null) {
            objections.requireOpen(body.objectionId(), r.subjectType, r.subjectId);
        }
        Effect.After after = effect.before(on);
        store.change(r, CreditRecordVersion.Change.CORRECTED, body.record(), null, officers.caller().subject(),
                new RecordStore.ChangeNote(on, body.reason().strip(), body.objectionId()));
        CreditRecord.getEntityManager().flush();
        after.after(CreditRecordVersion.Change.CORRECTED, r.id, body.objectionId());
        if (body.objectionId() != null) {
            objections.recordChanged(body.objectionId(), "RECORD_CORRECTED", on, r.department, r.id);
        }
        audit.record("credit-record.corrected", "CreditRecord", r.id, details(r.subjectType, r.subjectId, row.apply(body.record()), body.reason()));
        return r;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord delete(CreditRecord r, Long version, String reason, LocalDate on, Long objectionId, Effect effect) {
        officers.requireRecorder(r.department);
        ProblemException.requireVersion(version, r.version);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "credit.record.reason-required");
        }
        LocalDate day = day(on);
        if (objectionId != null) {
            objections.requireOpen(objectionId, r.subjectType, r.subjectId);
        }
        Effect.After after = effect.before(day);
        store.change(r, CreditRecordVersion.Change.DELETED, null, null, officers.caller().subject(),
                new RecordStore.ChangeNote(day, reason.strip(), objectionId));
        CreditRecord.getEntityManager().flush();
        after.after(CreditRecordVersion.Change.DELETED, r.id, objectionId);
        if (objectionId != null) {
            objections.recordChanged(objectionId, "RECORD_DELETED", day, r.department, r.id);
        }
        audit.record("credit-record.deleted", "CreditRecord", r.id, details(r.subjectType, r.subjectId, null, reason));
        return r;
    }

    /** A repair granted by the recording department; it takes effect on {@code repair.agreedOn}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord repair(CreditRecord r, RecordRequests.Repair body, LocalDate formedOn, Effect effect) {
        officers.requireRecorder(r.department);
        ProblemException.requireVersion(body.version(), r.version);
        LocalDate on = body.repair().agreedOn();
        if (on.isBefore(formedOn) || on.isAfter(Dates.today())) {
            throw ProblemException.invalid("repair.agreedOn", "credit.record.repair-date");
        }
        Effect.After after = effect.before(on);
        store.change(r, CreditRecordVersion.Change.REPAIRED, null, body.repair(), officers.caller().subject(),
                new RecordStore.ChangeNote(on, body.repair().basis(), null));
        CreditRecord.getEntityManager().flush();
        after.after(CreditRecordVersion.Change.REPAIRED, r.id, null);
        audit.record("credit-record.repaired", "CreditRecord", r.id, details(r.subjectType, r.subjectId, null, body.repair().basis()));
        return r;
    }

    /** The record of this subject, or 404. */
    public static CreditRecord of(SubjectType type, String subject, long recordId) {
        CreditRecord r = CreditRecord.findById(recordId);
        if (r == null || r.subjectType != type || !r.subjectId.equals(subject)) {
            throw ProblemException.notFound("thing.credit-record", recordId);
        }
        return r;
    }

    private static LocalDate day(LocalDate on) {
        LocalDate day = Dates.orToday(on);
        if (day.isAfter(Dates.today())) {
            throw ProblemException.invalid("on", "credit.record.future");
        }
        return day;
    }

    private static Map<String, Object> details(SubjectType type, String subject, String row, String reason) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("subject", type == SubjectType.MARKET_ENTITY ? subject : Masks.idNumber(subject));
        if (row != null) {
            d.put("row", row);
        }
        if (reason != null) {
            d.put("reason", reason);
        }
        return d;
    }
}
