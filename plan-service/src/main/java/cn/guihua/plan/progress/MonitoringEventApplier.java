package cn.guihua.plan.progress;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.security.JurisdictionCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies one poll's worth of monitoring events in one transaction: the ids not seen before are found with one
 * set-based insert into {@code processed_event}, and only their effects are written, in the same transaction.
 * A duplicate (redelivered after a crash, or sent twice) has no second effect.
 */
@ApplicationScoped
public class MonitoringEventApplier {

    private static final Logger LOG = Logger.getLogger(MonitoringEventApplier.class);
    static final String TYPE_PREFIX = "cn.guihua.indicator.monitoring.";

    public record Outcome(int applied, int duplicates) {
    }

    /** The state of one monitoring value after the events of a batch. */
    private record ValueState(UUID valueId, String indicator, String jurisdiction, String period, int periodKey,
            BigDecimal value, String unit, String status, int version) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** @param payloads the record values of one poll, in partition order */
    public Outcome apply(List<String> payloads) {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        int duplicates = 0;
        for (String payload : payloads) {
            JsonNode event = parse(payload);
            if (event == null) {
                continue;
            }
            if (events.putIfAbsent(event.get("id").asText(), event) != null) {
                duplicates++;
            }
        }
        if (events.isEmpty()) {
            return new Outcome(0, duplicates);
        }
        int inBatchDuplicates = duplicates;
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                Set<String> fresh = markProcessed(c, events.keySet());
                Map<UUID, ValueState> values = new LinkedHashMap<>();
                Set<UUID> superseded = new HashSet<>();
                for (Map.Entry<String, JsonNode> e : events.entrySet()) {
                    if (fresh.contains(e.getKey())) {
                        fold(e.getValue(), values, superseded);
                    }
                }
                upsert(c, values.values());
                supersede(c, superseded);
                return new Outcome(fresh.size(), inBatchDuplicates + events.size() - fresh.size());
            }
        });
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode event = json.readTree(payload);
            if (event == null || !event.hasNonNull("id") || !event.hasNonNull("type") || !event.has("data")) {
                LOG.warnf("Skipping a monitoring message that is not a CloudEvent: %.200s", payload);
                return null;
            }
            return event;
        } catch (Exception e) {
            LOG.warnf("Skipping a monitoring message that is not JSON: %s", e.getMessage());
            return null;
        }
    }

    private static Set<String> markProcessed(Connection c, Set<String> ids) throws SQLException {
        Set<String> fresh = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO processed_event (event_id) SELECT unnest(?) ON CONFLICT DO NOTHING RETURNING event_id")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
        }
        return fresh;
    }

    /**
     * Folds one event into the batch's value states. Only totals count for progress (sex, residence and age group
     * TOTAL); every event carries the value's full state after it, so the last one of a value wins.
     */
    private static void fold(JsonNode event, Map<UUID, ValueState> values, Set<UUID> superseded) {
        String type = event.get("type").asText();
        if (!type.startsWith(TYPE_PREFIX)) {
            return;
        }
        JsonNode d = event.get("data");
        if (!"TOTAL".equals(d.path("sex").asText("TOTAL")) || !"TOTAL".equals(d.path("residence").asText("TOTAL"))
                || !"TOTAL".equals(d.path("ageGroup").asText("TOTAL"))) {
            return;
        }
        try {
            UUID id = UUID.fromString(d.get("valueId").asText());
            String period = d.get("period").asText();
            if (!JurisdictionCodes.isValid(d.get("jurisdiction").asText())) {
                // One bad row would fail the whole batch again and again: it is acknowledged and left out.
                throw new IllegalArgumentException("jurisdiction " + d.get("jurisdiction").asText());
            }
            values.put(id, new ValueState(id, d.get("indicatorCode").asText(), d.get("jurisdiction").asText(), period,
                    periodKey(period), d.get("value").decimalValue(), d.hasNonNull("unit") ? d.get("unit").asText() : null,
                    d.get("status").asText(), d.path("version").asInt(1)));
            if (d.hasNonNull("supersedes")) {
                UUID old = UUID.fromString(d.get("supersedes").asText());
                superseded.add(old);
                values.computeIfPresent(old, (k, v) -> new ValueState(v.valueId(), v.indicator(), v.jurisdiction(),
                        v.period(), v.periodKey(), v.value(), v.unit(), "SUPERSEDED", v.version()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Skipping monitoring event %s with incomplete data: %s", event.get("id").asText(), e);
        }
    }

    /** Orders periods by their end; a whole year last, as the most complete figure: 2023-Q1 < 2023-05 < 2023-12 < 2023. */
    static int periodKey(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return year * 100 + 13;
        }
        String part = period.substring(5);
        return year * 100 + (part.startsWith("Q") ? 3 * Integer.parseInt(part.substring(1)) : Integer.parseInt(part));
    }

    /** One statement for the whole batch: the states go in as column arrays (value ids are unique per batch). */
    private static void upsert(Connection c, Collection<ValueState> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        int n = values.size();
        Object[] ids = new Object[n], indicators = new Object[n], jurisdictions = new Object[n], periods = new Object[n],
                keys = new Object[n], amounts = new Object[n], units = new Object[n], statuses = new Object[n],
                versions = new Object[n];
        int i = 0;
        for (ValueState v : values) {
            ids[i] = v.valueId();
            indicators[i] = v.indicator();
            jurisdictions[i] = v.jurisdiction();
            periods[i] = v.period();
            keys[i] = v.periodKey();
            amounts[i] = v.value();
            units[i] = v.unit();
            statuses[i] = v.status();
            versions[i] = v.version();
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO monitoring_value (value_id, indicator_code, jurisdiction, period, period_key, value, unit,
                                              status, value_version, updated_at)
                SELECT *, now() FROM unnest(?::uuid[], ?::text[], ?::varchar[], ?::text[], ?::int[], ?::numeric[],
                                            ?::text[], ?::text[], ?::int[])
                ON CONFLICT (value_id) DO UPDATE SET value = excluded.value, unit = excluded.unit,
                    status = CASE WHEN monitoring_value.status = 'SUPERSEDED' THEN 'SUPERSEDED' ELSE excluded.status END,
                    updated_at = excluded.updated_at
                """)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("text", indicators));
            ps.setArray(3, c.createArrayOf("varchar", jurisdictions));
            ps.setArray(4, c.createArrayOf("text", periods));
            ps.setArray(5, c.createArrayOf("int4", keys));
            ps.setArray(6, c.createArrayOf("numeric", amounts));
            ps.setArray(7, c.createArrayOf("text", units));
            ps.setArray(8, c.createArrayOf("text", statuses));
            ps.setArray(9, c.createArrayOf("int4", versions));
            ps.executeUpdate();
        }
    }

    private static void supersede(Connection c, Set<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE monitoring_value SET status = 'SUPERSEDED', updated_at = now() WHERE value_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", new ArrayList<>(ids).toArray()));
            ps.executeUpdate();
        }
    }
}
