package cn.guihua.platform.kafka;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/** The event ids each consumer has applied (table {@code consumed_event}), recorded with the effect. */
@ApplicationScoped
public class ConsumedEvents {

    @Inject
    EntityManager em;

    /** Records {@code ids} for {@code consumer} and returns those it had not applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> recordNew(String consumer, List<String> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumed_event (consumer, event_id, consumed_at) "
                    + "SELECT ?, unnest(?), now() ON CONFLICT DO NOTHING RETURNING event_id")) {
                ps.setString(1, consumer);
                ps.setArray(2, c.createArrayOf("text", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
            }
            return fresh;
        });
    }
}
