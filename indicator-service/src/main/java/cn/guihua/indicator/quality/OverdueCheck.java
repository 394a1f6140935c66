package cn.guihua.indicator.quality;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.directory.PlanDirectory;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Announces every report that became overdue: for each jurisdiction with plans in the catalogue copy and its streets,
 * each expected report whose deadline passed in the last {@code guihua.quality.overdue.lookback} and that was not made
 * gets one {@code reporting.overdue.v1} event through the outbox. Once: the (jurisdiction, indicator, period) is
 * recorded in {@code overdue_notice} in the same transaction, by an insert that does nothing when it is there, so a
 * rerun, a second replica or a check racing another announces nothing twice. Scheduled every
 * {@code guihua.quality.overdue.every}; {@code POST /api/v1/data-quality/overdue/check} runs it now.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);
    /** Held for the check's transaction, so that two replicas do not do the same work at once. */
    private static final long LOCK = 0x6775696875610019L;

    @Inject
    Catalogue catalogue;

    @Inject
    Completeness completeness;

    @Inject
    PlanDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    QualityConfig config;

    /** At most this many notices are listed in a check's answer (all are announced). */
    static final int LISTED = 1000;

    /** What one check did. */
    @Schema(name = "OverdueCheck", description = "What an overdue check announced")
    public record Result(
            @NotNull @Schema(description = "The day it judged by (China Standard Time)") LocalDate asOf,
            @Schema(description = "Jurisdictions with plans looked at (each with its streets)", example = "2") int jurisdictions,
            @Schema(description = "Reports announced overdue now (each once ever)", example = "1") int announced,
            @Schema(description = "The first 1000 of them") List<Notice> notices) {
    }

    /** A report announced overdue by this check. */
    @Schema(name = "OverdueNotice", description = "A report announced overdue: one reporting.overdue.v1 event")
    public record Notice(
            @NotNull @Schema(example = "370104003") String jurisdiction,
            @NotNull @Schema(example = "NEONATAL_MORTALITY") String indicatorCode,
            @NotNull @Schema(example = "2025") String period,
            @NotNull @Schema(example = "2026-03-31") LocalDate dueDate,
            @NotNull UUID eventId) {
    }

    @Scheduled(every = "${guihua.quality.overdue.every:1h}", delayed = "${guihua.quality.overdue.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.overdue().enabled() || catalogue.loaded() == null) {
            return;
        }
        try {
            Result r = QuarkusTransaction.requiringNew().call(() -> run(Completeness.today()));
            if (r.announced() > 0) {
                LOG.infof("Announced %d overdue reports in %d jurisdictions", r.announced(), r.jurisdictions());
            }
        } catch (RuntimeException e) {
            LOG.warnf("The overdue check failed: %s", e.toString());
        }
    }

    /** Runs the check in the caller's transaction; nothing when another replica holds the check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result run(LocalDate today) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)").setParameter("k", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Result(today, 0, 0, List.of());
        }
        Catalogue.Snapshot s = catalogue.require();
        LocalDate since = today.minusDays(Math.max(1, config.overdue().lookback().toDays()));
        List<Notice> notices = new ArrayList<>();
        int announced = 0;
        List<String> jurisdictions = Completeness.planJurisdictions(s);
        for (String j : jurisdictions) {
            Completeness.Scope scope;
            try {
                scope = completeness.scope(s, new Completeness.Request(j, null, null, null, true, null));
            } catch (ProblemException e) {
                // no indicator of its targets is in the catalogue copy: nothing is expected of it
                continue;
            }
            Map<String, Completeness.Expected> byCode = new LinkedHashMap<>();
            scope.indicators().forEach(e -> byCode.put(e.indicator().code(), e));
            for (CompletenessReport.ExpectedReport c : completeness.newlyOverdue(scope, since, today)) {
                UUID id = UUID.randomUUID();
                int inserted = em.createNativeQuery("INSERT INTO overdue_notice (jurisdiction, indicator_code, period, due_date, "
                        + "event_id, noticed_at) VALUES (:j, :i, :p, :d, :e, :t) ON CONFLICT DO NOTHING")
                        .setParameter("j", c.jurisdiction()).setParameter("i", c.indicatorCode()).setParameter("p", c.period())
                        .setParameter("d", Date.valueOf(c.dueDate())).setParameter("e", id)
                        .setParameter("t", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
                if (inserted == 0) {
                    continue;
                }
                Completeness.Expected e = byCode.get(c.indicatorCode());
                outbox.publish(ReportingEvents.TOPIC, ReportingEvents.key(c.jurisdiction(), c.indicatorCode()), ReportingEvents.OVERDUE,
                        ReportingEvents.subject(c.jurisdiction(), c.indicatorCode(), c.period()), data(c, e, today));
                announced++;
                if (notices.size() < LISTED) {
                    notices.add(new Notice(c.jurisdiction(), c.indicatorCode(), c.period(), c.dueDate(), id));
                }
            }
        }
        return new Result(today, jurisdictions.size(), announced, notices);
    }

    private Map<String, Object> data(CompletenessReport.ExpectedReport c, Completeness.Expected e, LocalDate today) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("jurisdiction", c.jurisdiction());
        d.put("jurisdictionName", directory.name(c.jurisdiction()).orElse(null));
        d.put("indicatorCode", c.indicatorCode());
        d.put("indicatorName", e == null ? null : e.indicator().name());
        d.put("period", c.period());
        d.put("periodType", c.periodType().name());
        d.put("dueDate", c.dueDate().toString());
        d.put("daysOverdue", c.daysOverdue());
        d.put("plans", e == null ? List.of() : e.plans());
        d.put("detectedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)));
        d.put("asOf", today.toString());
        return d;
    }
}
