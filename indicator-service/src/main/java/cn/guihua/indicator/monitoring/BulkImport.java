package cn.guihua.indicator.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

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
 * Bulk submission. A reader thread streams the rows from the body, checks them in memory against the
 * catalogue copy and builds each accepted value with its CloudEvent, in chunks; meanwhile the request thread
 * writes the chunks, values and outbox rows, in JDBC batches inside the request's one transaction. Atomic mode
 * stops writing at the first invalid row and fails, which rolls everything back; partial mode writes the rows
 * that pass.
 */
@ApplicationScoped
public class BulkImport {

    static final int LISTED_REJECTIONS = 1000;
    private static final int CHUNK = 1000;

    private static final String INSERT_VALUE = "INSERT INTO monitoring_value (id, version, indicator_code, jurisdiction, "
            + "period, year, sex, residence, age_group, value, numerator, denominator, unit, department, comment, status, "
            + "is_current, reported_by, reported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', TRUE, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO outbox_event (event_id, topic, message_key, payload, created_at) "
            + "VALUES (?, ?, ?, ?, ?)";

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

    /** An accepted row, ready to insert: the value and its event. */
    private record Prepared(int row, Accepted value, MonitoringValue entity, UUID eventId, String payload) {
    }

    /** Rejections and counts as one thread sees them; merged at the end. */
    private static final class Tally {
        final List<BulkResult.RejectedRow> listed = new ArrayList<>();
        int received;
        int rejected;

        void reject(int row, List<Violation> violations, boolean english) {
            rejected++;
            if (listed.size() < LISTED_REJECTIONS) {
                listed.add(new BulkResult.RejectedRow(row, violations.stream().map(v -> v.render(english)).toList()));
            }
        }
    }

    private static final List<Prepared> END = List.of();

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult run(byte[] body, boolean csv, String contentType, BulkResult.Mode mode, boolean english) {
        SubmissionRules rules = new SubmissionRules(catalogue.require(), caller.accessCheck());
        String reporter = caller.subject();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tally reading = new Tally();
        Tally writing = new Tally();
        BlockingQueue<List<Prepared>> chunks = new ArrayBlockingQueue<>(4);
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                read(body, csv, contentType, rules, reporter, now, english, reading, chunks);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                putQuietly(chunks, END);
            }
        }, "bulk-reader");
        reader.start();
        int accepted = 0;
        // inside the JTA transaction the pool hands out the transaction's own connection
        try (Connection connection = dataSource.getConnection();
                PreparedStatement values = connection.prepareStatement(INSERT_VALUE);
                PreparedStatement events = connection.prepareStatement(INSERT_EVENT)) {
            for (List<Prepared> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                Set<String> existing = existingSeries(connection, chunk);
                List<Prepared> writable = new ArrayList<>(chunk.size());
                for (Prepared p : chunk) {
                    if (existing.contains(p.value().seriesKey())) {
                        writing.reject(p.row(), List.of(new Violation("period", "该序列已有监测值，请对其提交更正",
                                "this series has a value already; submit a correction to it")), english);
                    } else {
                        writable.add(p);
                    }
                }
                boolean doomed = mode == BulkResult.Mode.ATOMIC && (writing.rejected > 0 || reading.rejected > 0);
                if (!doomed) {
                    write(values, events, writable, reporter, now);
                    accepted += writable.size();
                }
            }
            reader.join();
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk write failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulk write interrupted", e);
        } finally {
            reader.interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        } else if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        List<BulkResult.RejectedRow> rejections = new ArrayList<>(reading.listed);
        rejections.addAll(writing.listed);
        rejections.sort(Comparator.comparingInt(BulkResult.RejectedRow::row));
        int rejected = reading.rejected + writing.rejected;
        if (rejections.size() > LISTED_REJECTIONS) {
            rejections = new ArrayList<>(rejections.subList(0, LISTED_REJECTIONS));
        }
        if (mode == BulkResult.Mode.ATOMIC && rejected > 0) {
            throw atomicFailure(rejections, reading.received, rejected, english);
        }
        BulkResult result = new BulkResult(mode, reading.received, accepted, rejected, rejections, rejected > rejections.size());
        audit.record("monitoring-value.bulk-submitted", "MonitoringValue", "bulk",
                Map.of("mode", mode, "received", result.received(), "accepted", result.accepted(), "rejected", result.rejected()));
        return result;
    }

    /** The reader thread: rows in, accepted values with their events out, a chunk at a time. */
    private void read(byte[] body, boolean csv, String contentType, SubmissionRules rules, String reporter,
            OffsetDateTime now, boolean english, Tally tally, BlockingQueue<List<Prepared>> chunks) {
        Set<String> seen = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Prepared>[] chunk = new List[] { new ArrayList<>(CHUNK) };
        java.util.function.Consumer<BulkReader.Row> check = row -> {
            tally.received++;
            List<Violation> violations = new ArrayList<>(row.shape());
            Accepted a = rules.check(row.candidate(), violations);
            if (a != null && !seen.add(a.seriesKey())) {
                violations.add(new Violation("period", "与本次提交中的另一行重复（同一指标、区划、期间与分组）",
                        "duplicates another row of this request (same indicator, jurisdiction, period and disaggregation)"));
            }
            if (!violations.isEmpty()) {
                tally.reject(row.number(), violations, english);
                return;
            }
            chunk[0].add(prepare(row.number(), a, reporter, now));
            if (chunk[0].size() == CHUNK) {
                putQuietly(chunks, chunk[0]);
                chunk[0] = new ArrayList<>(CHUNK);
            }
        };
        if (csv) {
            BulkReader.readCsv(body, BulkReader.charsetOf(contentType), maxRows, check);
        } else {
            BulkReader.readJson(body, json.getFactory(), maxRows, check);
        }
        if (!chunk[0].isEmpty()) {
            putQuietly(chunks, chunk[0]);
        }
    }

    private Prepared prepare(int number, Accepted a, String reporter, OffsetDateTime now) {
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
        UUID eventId = UUID.randomUUID();
        return new Prepared(number, a, v, eventId, outbox.cloudEvent(eventId, MonitoringEvents.SUBMITTED,
                MonitoringEvents.subject(v), now, MonitoringEvents.data(v, null, now)));
    }

    private static void putQuietly(BlockingQueue<List<Prepared>> chunks, List<Prepared> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulk read interrupted", e);
        }
    }

    /** Every row's errors as {@code rows[N].field}; nothing is written. */
    private static ProblemException atomicFailure(List<BulkResult.RejectedRow> rejections, int received, int rejected,
            boolean english) {
        List<FieldError> errors = new ArrayList<>();
        for (BulkResult.RejectedRow r : rejections) {
            for (FieldError e : r.errors()) {
                errors.add(new FieldError("rows[" + r.row() + "]" + (e.field().isEmpty() ? "" : "." + e.field()), e.message()));
            }
        }
        return new ProblemException(ProblemType.VALIDATION,
                "共 " + received + " 行，其中 " + rejected + " 行无效；整批未写入（可用 mode=partial 只写入有效行）",
                rejected + " of " + received + " rows are invalid; nothing was written (mode=partial writes the valid rows)",
                errors);
    }

    /** The series of a chunk that already have a current value, found with one query. */
    private static Set<String> existingSeries(Connection c, List<Prepared> chunk) throws SQLException {
        Set<String> result = new HashSet<>();
        if (chunk.isEmpty()) {
            return result;
        }
        Set<String> indicators = new HashSet<>();
        Set<String> jurisdictions = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (Prepared p : chunk) {
            indicators.add(p.entity().indicatorCode);
            jurisdictions.add(p.entity().jurisdiction);
            periods.add(p.entity().period);
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

    private static void write(PreparedStatement values, PreparedStatement events, List<Prepared> rows, String reporter,
            OffsetDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (Prepared p : rows) {
            Accepted a = p.value();
            MonitoringValue v = p.entity();
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
            events.setObject(1, p.eventId());
            events.setString(2, MonitoringEvents.TOPIC);
            events.setString(3, MonitoringEvents.key(v));
            events.setString(4, p.payload());
            events.setObject(5, now);
            events.addBatch();
        }
        values.executeBatch();
        events.executeBatch();
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
