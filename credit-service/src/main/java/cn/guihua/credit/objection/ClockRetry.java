package cn.guihua.credit.objection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Computes again the due dates the calendar could not give when the objection was recorded. */
@ApplicationScoped
public class ClockRetry {

    private static final Logger LOG = Logger.getLogger(ClockRetry.class);

    @Inject
    Objections objections;

    @Scheduled(every = "${guihua.credit.calendar.retry-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void retry() {
        List<Objection> pending = Objection.list("clocksPending = true");
        for (Objection o : pending) {
            objections.refresh(o);
        }
        if (!pending.isEmpty()) {
            LOG.debugf("clocks of %d objections computed again", pending.size());
        }
    }
}
