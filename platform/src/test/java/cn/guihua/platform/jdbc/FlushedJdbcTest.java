package cn.guihua.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.guihua.platform.testapp.DemoItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A read by JDBC sees the transaction's pending changes, as a native query would. */
@QuarkusTest
class FlushedJdbcTest {

    @Inject
    EntityManager em;

    @Test
    void aPendingChangeIsReadBack() {
        String before = "before-" + UUID.randomUUID();
        String after = "after-" + UUID.randomUUID();
        String read = QuarkusTransaction.requiringNew().call(() -> {
            DemoItem item = new DemoItem();
            item.name = before;
            item.jurisdiction = "370104";
            item.persist();
            item.name = after; // pending until a flush
            return FlushedJdbc.read(em, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT name FROM demo_item WHERE id = ?")) {
                    ps.setLong(1, item.id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
        });
        assertEquals(after, read);
    }
}
