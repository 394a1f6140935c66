package cn.guihua.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.guihua.embedded.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test a fresh database on a real PostgreSQL server.
 * One server per test JVM; each start of the resource gets a database of its own.
 * Use as {@code @QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start(0, null);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is exiting; the temporary files go with it
                }
            }));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = server();
        String database = "test_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try {
            pg.createDatabases(List.of(database));
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // The server is shared by the whole test JVM and stops with it.
    }
}
