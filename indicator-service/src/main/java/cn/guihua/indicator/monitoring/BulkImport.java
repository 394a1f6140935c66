package cn.guihua.indicator.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.audit.Audit;
import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.outbox.Outbox;
import cn.guihua.indicator.problem.FieldError;
import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.problem.ProblemType;
import cn.guihua.indicator.security.Caller;

/**
 * Bulk submission: rows are streamed from the body, checked in memory against the catalogue copy, and the
 * accepted ones written with their outbox events in JDBC batches, all in the caller's one transaction.
 * Atomic mode writes nothing unless every row passes; partial mode writes the rows that pass.
 */
@ApplicationScoped
public class BulkImport {

    static final int LISTED_REJECTIONS = 1000;
    private static final int BATCH = 1000;

    private static final String INSERT_VALUE = "INSERT INTO monitoring_value (id, version, indicator_code, jurisdiction, "
            + "period, year, sex, residence, age_group, value, numerator, denominator, unit, department, comment, status, "
            + "is_current, reported_by, reported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', TRUE, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO outbox_event (event_id, topic, message_key, payload, created_at) "
            + "VALUES (?, ?, ?, CAST(? AS JSONB), ?)";

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "guihua.bulk.max-rows", defaultValue = "100000")
    int maxRows;

    private record Good(int row, Accepted value) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult run(byte[] body, boolean csv, String contentType, BulkResult.Mode mode, boolean english) {
        SubmissionRules rules = new SubmissionRules(catalogue.require(), caller::mayAccess);
        List<Good> good = new ArrayList<>();
        List<BulkResult.RejectedRow> rejections = new ArrayList<>();
        int[] counts = new int[2]; // received, rejected
        Set<String> seen = new HashSet<>();
        java.util.function.Consumer<BulkReader.Row> check = row -> {
            counts[0]++;
            List<Violation> violations = new ArrayList<>(row.shape());
            Accepted a = rules.check(row.candidate(), violations);
            if (a != null && !seen.add(a.seriesKey())) {
                violations.add(new Violation("period", "与本次提交中的另一行重复（同一指标、区划、期间与分组）",
                        "duplicates another row of this request (same indicator, jurisdiction, period and disaggregation)"));
            }
            if (violations.isEmpty()) {
                good.add(new Good(row.number(), a));
            } else {
                reject(rejections, counts, row.number(), violations, english);
            }
        };
        if (csv) {
            BulkReader.readCsv(body, BulkReader.charsetOf(contentType), maxRows, check);
        } else {
            BulkReader.readJson(body, json.getFactory(), maxRows, check);
        }
        // inside the JTA transaction the pool hands out the transaction's own connection
        try (Connection connection = dataSource.getConnection()) {
            Set<String> existing = existingSeries(connection, good);
            List<Good> writable = new ArrayList<>(good.size());
            for (Good g : good) {
                if (existing.contains(g.value().seriesKey())) {
                    reject(rejections, counts, g.row(), List.of(new Violation("period",
                            "该序列已有监测值，请对其提交更正", "this series has a value already; submit a correction to it")), english);
                } else {
                    writable.add(g);
                }
            }
            rejections.sort(java.util.Comparator.comparingInt(BulkResult.RejectedRow::row));
            if (mode == BulkResult.Mode.ATOMIC && counts[1] > 0) {
                throw atomicFailure(rejections, counts, english);
            }
            write(connection, writable);
            BulkResult result = new BulkResult(mode, counts[0], writable.size(), counts[1], rejections,
                    counts[1] > rejections.size());
            audit.record("monitoring-value.bulk-submitted", "MonitoringValue", "bulk",
                    Map.of("mode", mode, "received", result.received(), "accepted", result.accepted(), "rejected", result.rejected()));
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk write failed: " + e.getMessage(), e);
        }
    }

    private static void reject(List<BulkResult.RejectedRow> rejections, int[] counts, int row, List<Violation> violations,
            boolean english) {
        counts[1]++;
        if (rejections.size() < LISTED_REJECTIONS) {
            rejections.add(new BulkResult.RejectedRow(row, violations.stream().map(v -> v.render(english)).toList()));
        }
    }

    /** Every row's errors as {@code rows[N].field}; nothing is written. */
    private static ProblemException atomicFailure(List<BulkResult.RejectedRow> rejections, int[] counts, boolean english) {
        List<FieldError> errors = new ArrayList<>();
        for (BulkResult.RejectedRow r : rejections) {
            for (FieldError e : r.errors()) {
                errors.add(new FieldError("rows[" + r.row() + "]" + (e.field().isEmpty() ? "" : "." + e.field()), e.message()));
            }
        }
        return new ProblemException(ProblemType.VALIDATION,
                "共 " + counts[0] + " 行，其中 " + counts[1] + " 行无效；整批未写入（可用 mode=partial 只写入有效行）",
                counts[1] + " of " + counts[0] + " rows are invalid; nothing was written (mode=partial writes the valid rows)",
                errors);
    }

    /** The series among {@code good} that already have a current value, found with one query. */
    private static Set<String> existingSeries(Connection c, List<Good> good) throws SQLException {
        Set<String> result = new HashSet<>();
        if (good.isEmpty()) {
            return result;
        }
        Set<String> indicators = new HashSet<>();
        Set<String> jurisdictions = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (Good g : good) {
            indicators.add(g.value().indicator().code());
            jurisdictions.add(g.value().jurisdiction());
            periods.add(g.value().period().text());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT indicator_code, jurisdiction, period, sex, residence, age_group "
                + "FROM monitoring_value WHERE is_current AND indicator_code = ANY (?) AND jurisdiction = ANY (?) AND period = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", indicators.toArray()));
            ps.setArray(2, c.createArrayOf("text", jurisdictions.toArray()));
            ps.setArray(3, c.createArrayOf("text", periods.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(Accepted.seriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return result;
    }

    private void write(Connection c, List<Good> rows) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String reporter = caller.subject();
        try (PreparedStatement values = c.prepareStatement(INSERT_VALUE);
                PreparedStatement events = c.prepareStatement(INSERT_EVENT)) {
            int pending = 0;
            for (Good g : rows) {
                Accepted a = g.value();
                MonitoringValue v = new MonitoringValue();
                v.id = UUID.randomUUID();
                v.version = 1;
                v.indicatorCode = a.indicator().code();
                v.jurisdiction = a.jurisdiction();
                v.period = a.period().text();
                v.year = a.period().year();
                v.sex = a.sex();
                v.residence = a.residence();
                v.ageGroup = a.ageGroup();
                v.value = a.value();
                v.unit = a.unit();
                v.status = ValueStatus.PENDING;
                v.reportedBy = reporter;
                values.setObject(1, v.id);
                values.setString(2, v.indicatorCode);
                values.setString(3, v.jurisdiction);
                values.setString(4, v.period);
                values.setInt(5, v.year);
                values.setString(6, v.sex.name());
                values.setString(7, v.residence.name());
                values.setString(8, v.ageGroup);
                values.setBigDecimal(9, v.value);
                values.setBigDecimal(10, a.numerator());
                values.setBigDecimal(11, a.denominator());
                values.setString(12, v.unit);
                setText(values, 13, a.department());
                setText(values, 14, a.comment());
                values.setString(15, reporter);
                values.setObject(16, now);
                values.addBatch();
                UUID eventId = UUID.randomUUID();
                events.setObject(1, eventId);
                events.setString(2, MonitoringEvents.TOPIC);
                events.setString(3, MonitoringEvents.key(v));
                events.setString(4, outbox.cloudEvent(eventId, MonitoringEvents.SUBMITTED, MonitoringEvents.subject(v), now,
                        MonitoringEvents.data(v, null, now)));
                events.setObject(5, now);
                events.addBatch();
                if (++pending == BATCH) {
                    values.executeBatch();
                    events.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                values.executeBatch();
                events.executeBatch();
            }
        }
    }

    private static void setText(PreparedStatement ps, int index, String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    /** Identifies a body for {@code Idempotency-Key}: its mode, type and a SHA-256 of its bytes. */
    static String fingerprint(byte[] body, boolean csv, String contentType, BulkResult.Mode mode) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "bulk " + mode + " " + (csv ? "csv " + BulkReader.charsetOf(contentType).name() : "json") + " "
                    + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
