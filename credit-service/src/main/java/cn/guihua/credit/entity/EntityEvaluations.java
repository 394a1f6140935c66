package cn.guihua.credit.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.engine.MarketEntityEngine;
import cn.guihua.credit.parameter.ParameterStore;
import cn.guihua.credit.record.EntityRecordData;
import cn.guihua.credit.record.RecordStore;
import cn.guihua.credit.record.SubjectType;

/** Evaluates an entity as of a day from what is stored (as known now, or at an instant). */
@ApplicationScoped
public class EntityEvaluations {

    @Inject
    MarketEntityEngine engine;

    @Inject
    RecordStore records;

    @Inject
    ParameterStore parameters;

    public EntityEvaluation evaluate(String creditCode, LocalDate asOf, OffsetDateTime knownAt) {
        MarketEntity e = MarketEntity.findById(creditCode);
        boolean registered = e != null && (knownAt == null || !e.registeredAt.isAfter(knownAt));
        MarketEntityEngine.Subject subject = new MarketEntityEngine.Subject(creditCode, registered ? e.name : null,
                registered ? e.kind.name() : null, registered);
        return engine.evaluate(subject, registered ? records.records(SubjectType.MARKET_ENTITY, creditCode, knownAt, EntityRecordData.class)
                : java.util.List.of(), asOf, knownAt, parameters.snapshot(asOf, knownAt));
    }
}
