package cn.guihua.plan;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Marks the current transaction as a read: its entities are loaded read-only (no snapshot for dirty checking) and it
 * is never flushed. A plan view loads a few hundred entities; flushing them at commit (dirty checks and the PERSIST
 * cascade through every collection) was a third of plan-service's CPU under the mixed load (issue 17).
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** Call first in a {@code @Transactional} GET that writes nothing. */
    public static void transaction() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
