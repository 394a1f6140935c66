package cn.guihua.credit.entity;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.guihua.credit.access.Dates;
import cn.guihua.credit.config.CreditConfig;
import cn.guihua.credit.engine.EntityEvaluation;
import cn.guihua.credit.record.CreditRecord;
import cn.guihua.credit.record.SubjectType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.scheduler.Scheduled;

/**
 * Levels change with time alone: a validity ends, a fixed downgrade runs out. Once a day every entity with records is
 * evaluated for each day since it was last checked against the day before (both as known now), and a change is
 * published with cause DATE_PASSED. The first check of an entity only records the day.
 */
@ApplicationScoped
public class LevelWatch {

    private static final Logger LOG = Logger.getLogger(LevelWatch.class);
    /** At most this many days are caught up in one run. */
    static final int MAX_DAYS = 400;

    @Entity
    @Table(name = "level_watch")
    public static class Checked extends PanacheEntityBase {
        @Id
        @Column(name = "credit_code")
        public String creditCode;

        @Column(name = "checked_on", nullable = false)
        public LocalDate checkedOn;

        public String level;

        public Integer score;
    }

    @Inject
    EntityEvaluations evaluations;

    @Inject
    LevelChanges changes;

    @Inject
    CreditConfig config;

    @Scheduled(cron = "${guihua.credit.level-watch.cron}", timeZone = "Asia/Shanghai",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(Dates.today());
    }

    /** Compares each entity's level day by day up to {@code today}; answers how many changes were published. */
    @Transactional
    public int run(LocalDate today) {
        int published = 0;
        List<String> codes = CreditRecord.<CreditRecord>find("subjectType = ?1 and deleted = false", SubjectType.MARKET_ENTITY).stream()
                .map(r -> r.subjectId).distinct().sorted().toList();
        for (String code : codes) {
            Checked c = Checked.findById(code);
            if (c == null) {
                c = new Checked();
                c.creditCode = code;
                c.checkedOn = today;
                EntityEvaluation e = evaluations.evaluate(code, today, null);
                c.level = e.level();
                c.score = e.score();
                c.persist();
                continue;
            }
            LocalDate from = c.checkedOn.plusDays(1);
            if (from.isBefore(today.minusDays(MAX_DAYS))) {
                from = today.minusDays(MAX_DAYS);
            }
            EntityEvaluation previous = from.isAfter(today) ? null : evaluations.evaluate(code, from.minusDays(1), null);
            for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                EntityEvaluation current = evaluations.evaluate(code, d, null);
                if (changes.compare(previous, current, d, LevelChanges.Cause.DATE_PASSED, null, null)) {
                    published++;
                }
                previous = current;
            }
            if (previous != null) {
                c.checkedOn = today;
                c.level = previous.level();
                c.score = previous.score();
            }
        }
        if (published > 0) {
            LOG.infof("%d level changes by the passing of days published", published);
        }
        return published;
    }

    /** Skips the run when guihua.credit.level-watch.enabled is false. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {
        @Inject
        CreditConfig config;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.levelWatch().enabled();
        }
    }
}
