package cn.guihua.subsidy.farmland;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.cloudevents.CloudEvent;

/**
 * Applies monitoring events to the farmland figures: only APPROVED annual values of the FARMLAND_* indicators for
 * streets and villages count; every other event is ignored. A poll's events are reduced to the latest version per
 * (jurisdiction, indicator, year) and written in one upsert statement, which never replaces a figure by an older
 * version (an approval of an older version arriving late does not undo the newer one). The platform's consumer
 * records the event ids in the same transaction, so a redelivered event is not applied twice.
 */
@ApplicationScoped
public class FarmlandFigures {

    public static final String PREFIX = "FARMLAND_";
    private static final Pattern STREET_OR_VILLAGE = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static final String UPSERT = "INSERT INTO farmland_figure (jurisdiction, indicator_code, year, value, unit, period, value_id, "
            + "value_version, event_id, received_at) "
            + "SELECT j, i, y, v, u, p, vid, ver, e, now() FROM unnest(?::text[], ?::text[], ?::int[], ?::numeric[], ?::text[], "
            + "?::text[], ?::uuid[], ?::int[], ?::text[]) AS t(j, i, y, v, u, p, vid, ver, e) "
            + "ON CONFLICT (jurisdiction, indicator_code, year) DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit, "
            + "period = EXCLUDED.period, value_id = EXCLUDED.value_id, value_version = EXCLUDED.value_version, "
            + "event_id = EXCLUDED.event_id, received_at = EXCLUDED.received_at "
            + "WHERE farmland_figure.value_version <= EXCLUDED.value_version";

    /** One figure an event carries. */
    record Figure(String jurisdiction, String indicator, int year, BigDecimal value, String unit, String period, UUID valueId,
            int version, String eventId) {

        String key() {
            return jurisdiction + "|" + indicator + "|" + year;
        }
    }

    @Inject
    EntityManager em;

    private final ObjectReader reader;

    @Inject
    FarmlandFigures(ObjectMapper json) {
        // values stay decimals as sent (1300.5, never a binary double)
        this.reader = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Applies the events of one poll in the caller's transaction; returns how many figures the poll carried. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(List<CloudEvent> events) {
        Map<String, Figure> latest = new LinkedHashMap<>();
        for (CloudEvent e : events) {
            Figure f = figure(e);
            if (f != null) {
                // of two versions in one poll the newer one wins; of the same version, the later event (as one by one)
                latest.merge(f.key(), f, (old, neu) -> neu.version() >= old.version() ? neu : old);
            }
        }
        if (!latest.isEmpty()) {
            upsert(new ArrayList<>(latest.values()));
        }
        return latest.size();
    }

    /** The figure an event carries, or null when it is not an approved annual farmland figure of a street or village. */
    Figure figure(CloudEvent e) {
        if (e.getData() == null) {
            return null;
        }
        JsonNode d;
        try {
            d = reader.readTree(e.getData().toBytes());
        } catch (IOException ex) {
            throw new IllegalArgumentException("event " + e.getId() + " has data that is not JSON", ex);
        }
        String indicator = d.path("indicatorCode").asText("");
        String jurisdiction = d.path("jurisdiction").asText("");
        String period = d.path("period").asText("");
        if (!indicator.startsWith(PREFIX) || !"APPROVED".equals(d.path("status").asText())
                || !STREET_OR_VILLAGE.matcher(jurisdiction).matches() || !YEAR.matcher(period).matches() || !d.path("value").isNumber()) {
            return null;
        }
        UUID valueId = null;
        if (d.hasNonNull("valueId")) {
            try {
                valueId = UUID.fromString(d.path("valueId").asText());
            } catch (IllegalArgumentException ex) {
                valueId = null; // the id is for tracing only; a malformed one does not hold the figure back
            }
        }
        return new Figure(jurisdiction, indicator, Integer.parseInt(period), d.path("value").decimalValue(), d.path("unit").asText(null),
                period, valueId, d.path("version").asInt(1), e.getId());
    }

    private void upsert(List<Figure> figures) {
        int n = figures.size();
        String[] j = new String[n], i = new String[n], u = new String[n], p = new String[n], e = new String[n];
        Integer[] y = new Integer[n], ver = new Integer[n];
        BigDecimal[] v = new BigDecimal[n];
        UUID[] vid = new UUID[n];
        for (int k = 0; k < n; k++) {
            Figure f = figures.get(k);
            j[k] = f.jurisdiction();
            i[k] = f.indicator();
            y[k] = f.year();
            v[k] = f.value();
            u[k] = f.unit();
            p[k] = f.period();
            vid[k] = f.valueId();
            ver[k] = f.version();
            e[k] = f.eventId();
        }
        em.flush();
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(UPSERT)) {
                ps.setArray(1, conn.createArrayOf("text", j));
                ps.setArray(2, conn.createArrayOf("text", i));
                ps.setArray(3, conn.createArrayOf("int4", y));
                ps.setArray(4, conn.createArrayOf("numeric", v));
                ps.setArray(5, conn.createArrayOf("text", u));
                ps.setArray(6, conn.createArrayOf("text", p));
                ps.setArray(7, conn.createArrayOf("uuid", vid));
                ps.setArray(8, conn.createArrayOf("int4", ver));
                ps.setArray(9, conn.createArrayOf("text", e));
                ps.executeUpdate();
            }
        });
    }
}
