package cn.guihua.platform.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * What a failure of the database (or of a neighbour) means for the caller. A database that does not answer in time,
 * an exhausted pool, a lock not granted, a dropped connection: 503 with {@code Retry-After}, so that the caller
 * retries. A value PostgreSQL refuses (out of range, a NUL byte): 400. A concurrent insert of the same key: 409.
 * Anything else is not classified (a 500 with an incident id).
 */
final class DatabaseFailures {

    private static final int RETRY_AFTER = 5;
    private static final Set<String> UNAVAILABLE_NAMES = Set.of(
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.netty.channel.ConnectTimeoutException");

    private DatabaseFailures() {
    }

    static ProblemException classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t instanceof SQLException sql) {
                ProblemException p = bySqlState(sql);
                if (p != null) {
                    return p;
                }
            }
            if (t instanceof JDBCConnectionException || t instanceof QueryTimeoutException || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException || t instanceof jakarta.transaction.RollbackException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException || UNAVAILABLE_NAMES.contains(t.getClass().getName())) {
                return ProblemException.unavailable(RETRY_AFTER, "problem.detail.unavailable");
            }
        }
        return null;
    }

    private static ProblemException bySqlState(SQLException e) {
        String state = e.getSQLState();
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (message.contains("acquisition timeout") || message.contains("connection is closed")) {
            return ProblemException.unavailable(RETRY_AFTER, "problem.detail.unavailable");
        }
        if (state == null) {
            return null;
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57") || state.equals("55P03")
                || state.equals("40001") || state.equals("40P01") || state.startsWith("58")) {
            return ProblemException.unavailable(RETRY_AFTER, "problem.detail.unavailable");
        }
        if (state.startsWith("22")) {
            return ProblemException.invalid("body", "problem.field.db-rejected");
        }
        if (state.equals("23505")) {
            return ProblemException.conflict("problem.detail.duplicate");
        }
        if (state.equals("23503")) {
            return ProblemException.conflict("problem.detail.reference");
        }
        if (state.startsWith("23")) {
            return ProblemException.invalid("body", "problem.field.db-rejected");
        }
        return null;
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
            }
        }
        return String.valueOf(e);
    }
}
