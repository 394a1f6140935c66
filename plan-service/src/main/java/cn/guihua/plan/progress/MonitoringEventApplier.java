package cn.guihua.plan.progress;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.json.InputGuards;
import cn.guihua.platform.json.Limits;
import cn.guihua.platform.kafka.EventHandler;
import cn.guihua.platform.security.JurisdictionCodes;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The consumer {@code monitoring} of {@code guihua.indicator.monitoring}: keeps the monitoring values plan progress is
 * read from. The platform's consumer ({@code cn.guihua.platform.kafka}) hands it the events of one poll that were not
 * applied before, in the transaction that records their ids; it writes their effect with one upsert of every value
 * state of the poll and one update of the versions they supersede, whatever the number of events.
 * <p>
 * An event of one of the three types whose data cannot be stored (no valid division code, a period that is not
 * {@code YYYY}, {@code YYYY-Qn} or {@code YYYY-MM}, no value id or value ...) is acknowledged and left out, logged and
 * counted ({@code guihua_monitoring_events_left_out_total}): it would fail its batch again on every attempt, while the
 * events behind it wait. Events of other disaggregations than the totals are acknowledged and ignored on purpose.
 */
@ApplicationScoped
public class MonitoringEventApplier implements EventHandler {

    public static final String NAME = "monitoring";
    public static final String TOPIC = "guihua.indicator.monitoring";
    public static final String SUBMITTED = "cn.guihua.indicator.monitoring.submitted.v1";
    public static final String CORRECTED = "cn.guihua.indicator.monitoring.corrected.v1";
    public static final String REVIEWED = "cn.guihua.indicator.monitoring.reviewed.v1";
    /** Every type the topic carries: each event holds the value's whole state after it, so all three are applied alike. */
    static final Set<String> TYPES = Set.of(SUBMITTED, CORRECTED, REVIEWED);

    private static final Logger LOG = Logger.getLogger(MonitoringEventApplier.class);
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$");
    /** What a PostgreSQL NUMERIC holds: digits before and after the point. */
    private static final int NUMERIC_DIGITS = 131_072;
    private static final int NUMERIC_SCALE = 16_383;

    /** Of the events of one call: applied to a value, ignored (not a total), left out (data that cannot be stored). */
    public record Outcome(int applied, int ignored, int leftOut) {
    }

    /** The state of one monitoring value after the events of a batch. */
    private record ValueState(UUID valueId, String indicator, String jurisdiction, String period, int periodKey,
            BigDecimal value, String unit, String status, int version) {
    }

    /** Why the data of an event cannot be stored. */
    private static final class Unstorable extends Exception {
        Unstorable(String reason) {
            super(reason, null, false, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private Counter leftOut;

    @PostConstruct
    void meters() {
        leftOut = Counter.builder("guihua.monitoring.events.left-out")
                .description("Monitoring events acknowledged but left out: their data cannot be stored").register(registry);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(List<CloudEvent> events) {
        applyBatch(events);
    }

    /** Applies the events, in their order, in the caller's transaction (the consumer's, which records their ids). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome applyBatch(List<CloudEvent> events) {
        Map<UUID, ValueState> values = new LinkedHashMap<>();
        Set<UUID> superseded = new HashSet<>();
        int applied = 0;
        int ignored = 0;
        int left = 0;
        for (CloudEvent event : events) {
            try {
                if (fold(event, values, superseded)) {
                    applied++;
                } else {
                    ignored++;
                }
            } catch (Unstorable e) {
                // One bad event would fail the whole batch again and again: it is acknowledged and left out.
                LOG.warnf("Monitoring event %s (%s) left out: %s", event.getId(), event.getType(), e.getMessage());
                left++;
            }
        }
        em.unwrap(Session.class).doWork(c -> {
            upsert(c, values.values());
            supersede(c, superseded);
        });
        countAfterCommit(left);
        return new Outcome(applied, ignored, left);
    }

    private void countAfterCommit(int left) {
        if (left == 0) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    leftOut.increment(left);
                }
            }
        });
    }

    /**
     * Folds one event into the batch's value states; false when it is ignored. Only totals count for progress (sex,
     * residence and age group TOTAL); every event carries the value's full state after it, so the last one of a value wins.
     */
    private boolean fold(CloudEvent event, Map<UUID, ValueState> values, Set<UUID> superseded) throws Unstorable {
        JsonNode d = data(event);
        if (!"TOTAL".equals(d.path("sex").asText("TOTAL")) || !"TOTAL".equals(d.path("residence").asText("TOTAL"))
                || !"TOTAL".equals(d.path("ageGroup").asText("TOTAL"))) {
            return false;
        }
        UUID id = uuid(d, "valueId");
        String jurisdiction = text(d, "jurisdiction", true);
        if (!JurisdictionCodes.isValid(jurisdiction)) {
            throw new Unstorable("jurisdiction " + jurisdiction + " is not a division code");
        }
        String period = text(d, "period", true);
        int periodKey = periodKey(period);
        values.put(id, new ValueState(id, text(d, "indicatorCode", true), jurisdiction, period, periodKey, value(d),
                text(d, "unit", false), text(d, "status", true), d.path("version").asInt(1)));
        if (d.hasNonNull("supersedes")) {
            UUID old = uuid(d, "supersedes");
            superseded.add(old);
            values.computeIfPresent(old, (k, v) -> new ValueState(v.valueId(), v.indicator(), v.jurisdiction(),
                    v.period(), v.periodKey(), v.value(), v.unit(), "SUPERSEDED", v.version()));
        }
        return true;
    }

    private JsonNode data(CloudEvent event) throws Unstorable {
        JsonNode d;
        try {
            d = event.getData() == null ? null : json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new Unstorable("data is not JSON");
        }
        if (d == null || !d.isObject()) {
            throw new Unstorable("data is not a JSON object");
        }
        return d;
    }

    private static String text(JsonNode d, String field, boolean required) throws Unstorable {
        JsonNode v = d.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Unstorable(field + " is missing");
            }
            return null;
        }
        if (!v.isTextual() || required && v.asText().isBlank() || InputGuards.hasControlCharacter(v.asText())) {
            throw new Unstorable(field + " is not a text without control characters");
        }
        return v.asText();
    }

    private static UUID uuid(JsonNode d, String field) throws Unstorable {
        String text = text(d, field, true);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Unstorable(field + " is not a UUID");
        }
    }

    private static BigDecimal value(JsonNode d) throws Unstorable {
        JsonNode v = d.get("value");
        if (v == null || !v.isNumber() || v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
            throw new Unstorable("value is not a finite number");
        }
        BigDecimal value = v.decimalValue();
        if (value.precision() - value.scale() > NUMERIC_DIGITS || value.scale() > NUMERIC_SCALE) {
            throw new Unstorable("value has more digits than a NUMERIC holds");
        }
        return value;
    }

    /**
     * Orders periods by their end; a whole year last, as the most complete figure: 2023-Q1 < 2023-05 < 2023-12 < 2023.
     * A period that is not {@code YYYY}, {@code YYYY-Qn} or {@code YYYY-MM} in 1900-2199 cannot be stored.
     */
    static int periodKey(String period) throws Unstorable {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches() || !Limits.yearFits(Integer.parseInt(m.group(1)))) {
            throw new Unstorable("period " + period + " is not YYYY, YYYY-Qn or YYYY-MM in " + Limits.MIN_YEAR + "-" + Limits.MAX_YEAR);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return year * 100 + Integer.parseInt(m.group(2));
        }
        if (m.group(3) != null) {
            return year * 100 + 3 * Integer.parseInt(m.group(3));
        }
        return year * 100 + 13;
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
