package cn.guihua.credit.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

/**
 * Keeps the credit records and every version of them: a change closes the version known until now and opens the
 * next, in the change's transaction, so the records of any past instant can be read back ({@link #knownAt}).
 */
@ApplicationScoped
public class RecordStore {

    @Inject
    ObjectMapper json;

    /** What a change is: its business day, why, and the objection it answers. */
    public record ChangeNote(LocalDate on, String reason, Long objectionId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord create(SubjectType type, String subject, String department, LocalDate reportedOn, Object data, String actor,
            ChangeNote note) {
        OffsetDateTime now = now();
        CreditRecord r = new CreditRecord();
        r.subjectType = type;
        r.subjectId = subject;
        r.department = department;
        r.reportedOn = reportedOn;
        r.data = write(data);
        r.deleted = false;
        r.version = 0;
        r.createdBy = actor;
        r.createdAt = now;
        r.updatedBy = actor;
        r.updatedAt = now;
        r.persist();
        version(r, CreditRecordVersion.Change.CREATED, note, actor, now);
        return r;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord change(CreditRecord r, CreditRecordVersion.Change change, Object data, RecordRepair repair, String actor,
            ChangeNote note) {
        OffsetDateTime now = now();
        CreditRecordVersion current = CreditRecordVersion.find("recordId = ?1 and knownTo is null", r.id).firstResult();
        if (current != null) {
            current.knownTo = now;
        }
        if (data != null) {
            r.data = write(data);
        }
        if (repair != null) {
            r.repair = write(repair);
        }
        r.deleted = change == CreditRecordVersion.Change.DELETED;
        r.version++;
        r.updatedBy = actor;
        r.updatedAt = now;
        version(r, change, note, actor, now);
        return r;
    }

    private void version(CreditRecord r, CreditRecordVersion.Change change, ChangeNote note, String actor, OffsetDateTime now) {
        CreditRecordVersion v = new CreditRecordVersion();
        v.recordId = r.id;
        v.subjectType = r.subjectType;
        v.subjectId = r.subjectId;
        v.version = r.version;
        v.change = change;
        v.changeOn = note.on();
        v.reason = note.reason();
        v.objectionId = note.objectionId();
        v.department = r.department;
        v.reportedOn = r.reportedOn;
        v.data = r.data;
        v.repair = r.repair;
        v.deleted = r.deleted;
        v.changedBy = actor;
        v.knownFrom = now;
        v.persist();
    }

    /** The records of a subject as they are now, without the deleted ones. */
    public <T> List<StoredRecord<T>> current(SubjectType type, String subject, Class<T> dataType) {
        List<CreditRecord> list = CreditRecord.list("subjectType = ?1 and subjectId = ?2 and deleted = false", Sort.by("id"), type, subject);
        return list.stream().map(r -> new StoredRecord<>(r.id, r.department, r.reportedOn, read(r.data, dataType), repair(r.repair))).toList();
    }

    /** The records of a subject as they were known at {@code at}. */
    public <T> List<StoredRecord<T>> knownAt(SubjectType type, String subject, OffsetDateTime at, Class<T> dataType) {
        List<CreditRecordVersion> list = CreditRecordVersion.list(
                "subjectType = ?1 and subjectId = ?2 and knownFrom <= ?3 and (knownTo is null or knownTo > ?3) and deleted = false",
                Sort.by("recordId"), type, subject, at);
        return list.stream().map(v -> new StoredRecord<>(v.recordId, v.department, v.reportedOn, read(v.data, dataType), repair(v.repair)))
                .toList();
    }

    public <T> List<StoredRecord<T>> records(SubjectType type, String subject, OffsetDateTime knownAt, Class<T> dataType) {
        return knownAt == null ? current(type, subject, dataType) : knownAt(type, subject, knownAt, dataType);
    }

    public List<CreditRecordVersion> history(long recordId) {
        return CreditRecordVersion.list("recordId", Sort.by("version"), recordId);
    }

    public String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record is not serialisable", e);
        }
    }

    public <T> T read(String s, Class<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credit_record holds data that does not read as " + type.getSimpleName(), e);
        }
    }

    public RecordRepair repair(String s) {
        return s == null ? null : read(s, RecordRepair.class);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
