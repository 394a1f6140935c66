package cn.guihua.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A real PostgreSQL server (the zonky binaries from Maven Central) with one database per service.
 * The data directory is kept between starts when one is given, so the local stack keeps its data.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server on {@code port} (0 for any free port), keeping its files in {@code dataDirectory} when given. */
    public static EmbeddedPostgres start(int port, Path dataDirectory) throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new EmbeddedPostgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    public void createDatabases(Collection<String> databases) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : databases) {
                if (!db.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + db);
                }
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + db);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
