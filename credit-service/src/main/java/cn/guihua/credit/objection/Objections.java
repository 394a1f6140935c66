package cn.guihua.credit.objection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.credit.identity.Masks;
import cn.guihua.credit.objection.ObjectionViews.ClockView;
import cn.guihua.credit.objection.ObjectionViews.EventView;
import cn.guihua.credit.objection.ObjectionViews.ObjectionView;
import cn.guihua.credit.record.SubjectType;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import io.quarkus.panache.common.Sort;

/** The objection register: its clocks, its events, and the record changes that answer it. */
@ApplicationScoped
public class Objections {

    @Inject
    Clocks clocks;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    public Objection find(long id) {
        Objection o = Objection.findById(id);
        if (o == null) {
            throw ProblemException.notFound("thing.objection", id);
        }
        return o;
    }

    /** 422 unless the objection exists, is about this subject and is not closed. */
    public Objection requireOpen(long id, SubjectType type, String subject) {
        Objection o = Objection.findById(id);
        if (o == null || o.subjectType != type || !o.subjectId.equals(subject)) {
            throw ProblemException.invalid("objectionId", "credit.objection.other-subject", id);
        }
        if (o.status == Objection.Status.CLOSED) {
            throw ProblemException.unprocessable("credit.objection.closed", id);
        }
        return o;
    }

    /** A record change that answers the objection: it is an event and may meet the correction clock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChanged(long objectionId, String type, LocalDate on, String department, Long recordId) {
        Objection o = find(objectionId);
        event(o, type, on, department, recordId, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void event(Objection o, String type, LocalDate on, String department, Long recordId, String note) {
        ObjectionEvent e = new ObjectionEvent();
        e.objectionId = o.id;
        e.type = type;
        e.onDate = on;
        e.department = department;
        e.recordId = recordId;
        e.note = note;
        e.actor = caller.subject();
        e.at = OffsetDateTime.now();
        e.persist();
        switch (type) {
            case "ERROR_CONFIRMED" -> o.status = Objection.Status.ERROR_CONFIRMED;
            case "NO_ERROR_FOUND" -> o.status = Objection.Status.NO_ERROR_FOUND;
            case "CLOSED" -> o.status = Objection.Status.CLOSED;
            default -> { }
        }
        refresh(o);
    }

    /** Computes the clocks again (the calendar is asked) and stores them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Objection o) {
        List<ClockView> c = clocks.compute(o, events(o));
        o.clocks = write(c);
        o.clocksPending = Clocks.pending(c);
    }

    public List<ObjectionEvent> events(Objection o) {
        return ObjectionEvent.list("objectionId", Sort.by("id"), o.id);
    }

    public ObjectionView view(Objection o, boolean withEvents, boolean mask) {
        List<EventView> events = withEvents ? events(o).stream()
                .map(e -> new EventView(e.type, e.onDate, e.department, e.recordId, e.note, e.actor, e.at)).toList() : null;
        String subject = mask && o.subjectType != SubjectType.MARKET_ENTITY ? Masks.idNumber(o.subjectId) : o.subjectId;
        return new ObjectionView(o.id, o.subjectType, subject, o.recordId, o.receivedOn, o.receivedBy, o.withinRemit, o.needsOtherUnits,
                read(o.verifyingUnits, new TypeReference<List<String>>() { }), mask && o.subjectType != SubjectType.MARKET_ENTITY ? "***" : o.claim,
                o.status, read(o.clocks, new TypeReference<List<ClockView>>() { }), o.clocksPending, events, o.createdAt, o.version);
    }

    String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String s, TypeReference<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> units(List<String> u) {
        return u == null ? List.of() : new ArrayList<>(u.stream().map(String::strip).toList());
    }
}
