package cn.guihua.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import cn.guihua.embedded.EmbeddedPostgres;

/** Plain JDBC to one service's database of the suite's stack. */
final class Db {

    private final String url;

    Db(String url) {
        this.url = url;
    }

    Connection connect() throws SQLException {
        return connect(false);
    }

    /** A connection; {@code batched} turns JDBC batches into multi-row INSERTs, as the services have it. */
    Connection connect(boolean batched) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedPostgres.USER);
        p.setProperty("password", EmbeddedPostgres.PASSWORD);
        if (batched) {
            p.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, p);
    }

    void exec(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether a table of that name exists in the public schema. */
    boolean hasTable(String table) throws SQLException {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '" + table + "'") > 0;
    }

    /** Truncates the tables that exist (CASCADE: a table added with a foreign key to one of them is emptied too). */
    void truncate(String... tables) throws SQLException {
        StringBuilder list = new StringBuilder();
        for (String t : tables) {
            if (hasTable(t)) {
                list.append(list.length() == 0 ? "" : ", ").append(t);
            }
        }
        if (list.length() > 0) {
            exec("TRUNCATE " + list + " CASCADE");
        }
    }

    /** Writes the dirty buffers out, so that each timed side starts from the same state of the server. */
    void checkpoint() throws SQLException {
        exec("CHECKPOINT");
    }
}
