package cn.guihua.platform.jdbc;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * JDBC on the connection of a Hibernate session, after the session's pending writes are flushed, as a Hibernate native
 * query reads. For a hot read written in JDBC (a statement text that never changes, arrays instead of IN lists, rows
 * into plain values) that must still see what its transaction wrote (issue 17).
 */
public final class FlushedJdbc {

    private FlushedJdbc() {
    }

    /** Runs {@code work} on the session's connection; flushes first when the session is in a transaction. */
    public static <T> T read(EntityManager em, ReturningWork<T> work) {
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
