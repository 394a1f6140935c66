package cn.guihua.platform.testapp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.kafka.EventHandler;
import io.cloudevents.CloudEvent;

/** Stores each probe event's subject and sequence; a crash event kills the consumer thread (as an Error would). */
@ApplicationScoped
public class ProbeHandler implements EventHandler {

    public static final String TOPIC = "guihua.test.probe";
    public static final String PROBE = "cn.guihua.test.probe.v1";
    public static final String CRASH = "cn.guihua.test.crash.v1";
    /** The trace id in the logging context (MDC) while each probe event was applied, by event id. */
    public static final Map<String, String> LOGGED_TRACE_IDS = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return Set.of(PROBE, CRASH);
    }

    @Override
    public void apply(List<CloudEvent> events) {
        for (CloudEvent e : events) {
            if (CRASH.equals(e.getType())) {
                throw new ProbeCrash();
            }
            JsonNode data;
            try {
                data = json.readTree(e.getData().toBytes());
            } catch (java.io.IOException ex) {
                throw new IllegalArgumentException(ex);
            }
            if (data.path("fail").asBoolean()) {
                throw new IllegalStateException("this event cannot be applied");
            }
            Object traceId = org.jboss.logging.MDC.get("traceId");
            if (traceId != null) {
                LOGGED_TRACE_IDS.put(e.getId(), traceId.toString());
            }
            em.createNativeQuery("INSERT INTO probe_applied (event_id, subject, seq) VALUES (?1, ?2, ?3)")
                    .setParameter(1, e.getId()).setParameter(2, e.getSubject()).setParameter(3, data.path("seq").asInt())
                    .executeUpdate();
        }
    }

    /** Stands for what kills a thread for good: an Error, not an exception the consumer retries. */
    public static final class ProbeCrash extends Error {
        ProbeCrash() {
            super("probe crash");
        }
    }
}
