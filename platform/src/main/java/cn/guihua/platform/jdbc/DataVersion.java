package cn.guihua.platform.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The version of a set of tables that a service keeps answers of in memory: one row (epoch, version) in a table of
 * the service's own migrations, which triggers on those tables bump in every transaction that writes them, so that
 * the new version is visible in the same commit as the change (plan-service's {@code plan_catalogue_version},
 * emergency-service's {@code compliance_version}). A version is never reused within a database; the epoch tells a
 * recreated database apart.
 */
public record DataVersion(String epoch, long number) {

    /**
     * The version in {@code table} now, in the session's connection (a read inside the reader's transaction, by JDBC:
     * a native query's result mapping cost more than the read); null when the table does not hold exactly one row.
     */
    public static DataVersion read(EntityManager em, String table) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CAST(epoch AS text), version FROM " + table);
                    ResultSet rs = ps.executeQuery()) {
                DataVersion v = rs.next() ? new DataVersion(rs.getString(1), rs.getLong(2)) : null;
                return v == null || rs.next() ? null : v;
            }
        });
    }

    /** Whether this is {@code other} or a later version of the same database. */
    public boolean atLeast(DataVersion other) {
        return epoch.equals(other.epoch) && number >= other.number;
    }
}
