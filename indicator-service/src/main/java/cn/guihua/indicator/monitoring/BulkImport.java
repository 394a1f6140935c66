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
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.spreadsheet.SpreadsheetLimits;
import cn.guihua.indicator.spreadsheet.Xlsx;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.ProblemType;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;

/**
 * Bulk submission. A reader thread streams the rows from the body, checks them in memory against the
 * catalogue copy and builds each accepted value with its CloudEvent, in chunks; meanwhile the request thread
 * writes the chunks, values and outbox rows, in JDBC batches inside the request's one transaction. Atomic mode
 * stops writing at the first invalid row and fails, which rolls everything back; partial mode writes the rows
 * that pass. Rejections carry their reasons as catalogue texts, put in the caller's language by the resource.
 */
@ApplicationScoped
public class BulkImport {

    static final int LISTED_REJECTIONS = 1000;
    private static final int CHUNK = 1000;

    private static final String INSERT_VALUE = "INSERT INTO monitoring_value (id, version, indicator_code, jurisdiction, "
            + "period, year, sex, residence, age_group, value, numerator, denominator, unit, department, comment, status, "
            + "is_current, reported_by, reported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', TRUE, ?, ?)";

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

    @Inject
    BulkConfig config;

    @Inject
    SpreadsheetLimits spreadsheets;

    /** An accepted row, ready to insert: the value and its event, and where a late rejection of it is. */
    private record Ready(int row, Accepted value, MonitoringValue entity, Outbox.Prepared event,
            UnaryOperator<Violation> locate) {
    }

    /** Rejections and counts as one thread sees them; merged at the end. */
    private static final class Tally {
        final List<BulkResult.Rejection> listed = new ArrayList<>();
        int received;
        int rejected;

        void reject(int row, List<Violation> violations) {
            rejected++;
            if (listed.size() < LISTED_REJECTIONS) {
                listed.add(new BulkResult.Rejection(row, violations));
            }
        }
    }

    private static final List<Ready> END = List.of();

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult.Summary run(byte[] body, boolean csv, String contentType, BulkResult.Mode mode) {
        SubmissionRules rules = new SubmissionRules(catalogue.require(), caller.accessCheck());
        String reporter = caller.subject();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tally reading = new Tally();
        Tally writing = new Tally();
        BlockingQueue<List<Ready>> chunks = new ArrayBlockingQueue<>(4);
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                read(body, csv, contentType, rules, reporter, now, reading, chunks);
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
                PreparedStatement events = connection.prepareStatement(Outbox.INSERT)) {
            for (List<Ready> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                Set<String> existing = existingSeries(connection, chunk);
                List<Ready> writable = new ArrayList<>(chunk.size());
                for (Ready p : chunk) {
                    if (existing.contains(p.value().seriesKey())) {
                        writing.reject(p.row(), List.of(p.locate().apply(Violation.of("period", "bulk.series-exists"))));
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
        List<BulkResult.Rejection> rejections = new ArrayList<>(reading.listed);
        rejections.addAll(writing.listed);
        rejections.sort(Comparator.comparingInt(BulkResult.Rejection::row));
        int rejected = reading.rejected + writing.rejected;
        if (rejections.size() > LISTED_REJECTIONS) {
            rejections = new ArrayList<>(rejections.subList(0, LISTED_REJECTIONS));
        }
        if (mode == BulkResult.Mode.ATOMIC && rejected > 0) {
            throw atomicFailure(rejections, reading.received, rejected);
        }
        BulkResult.Summary result = new BulkResult.Summary(mode, reading.received, accepted, rejected, rejections,
                rejected > rejections.size());
        audit.record("monitoring-value.bulk-submitted", "MonitoringValue", "bulk",
                Map.of("mode", mode, "received", result.received(), "accepted", result.accepted(), "rejected", result.rejected()));
        return result;
    }

    /** The reader thread: rows in, accepted values with their events out, a chunk at a time. */
    private void read(byte[] body, boolean csv, String contentType, SubmissionRules rules, String reporter,
            OffsetDateTime now, Tally tally, BlockingQueue<List<Ready>> chunks) {
        Set<String> seen = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Ready>[] chunk = new List[] { new ArrayList<>(CHUNK) };
        java.util.function.Consumer<BulkReader.Row> check = row -> {
            tally.received++;
            List<Violation> violations = new ArrayList<>(row.shape());
            Accepted a = rules.check(row.candidate(), violations);
            if (a != null && !seen.add(a.seriesKey())) {
                violations.add(Violation.of("period", "bulk.duplicate-row"));
            }
            if (!violations.isEmpty()) {
                violations.replaceAll(row.locate());
                tally.reject(row.number(), violations);
                return;
            }
            chunk[0].add(prepare(row.number(), a, reporter, now, row.locate()));
            if (chunk[0].size() == CHUNK) {
                putQuietly(chunks, chunk[0]);
                chunk[0] = new ArrayList<>(CHUNK);
            }
        };
        if (Xlsx.isSpreadsheet(contentType)) {
            SpreadsheetRows.read(body, spreadsheets.reading(), config.maxRows(), check);
        } else if (csv) {
            BulkReader.readCsv(body, BulkReader.charsetOf(contentType), config.maxRows(), check);
        } else {
            BulkReader.readJson(body, json.getFactory(), config.maxRows(), check);
        }
        if (!chunk[0].isEmpty()) {
            putQuietly(chunks, chunk[0]);
        }
    }

    private Ready prepare(int number, Accepted a, String reporter, OffsetDateTime now, UnaryOperator<Violation> locate) {
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
        return new Ready(number, a, v, outbox.prepare(MonitoringEvents.SUBMITTED, MonitoringEvents.subject(v),
                MonitoringEvents.data(v, null, now)), locate);
    }

    private static void putQuietly(BlockingQueue<List<Ready>> chunks, List<Ready> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bulk read interrupted", e);
        }
    }

    /** Every row's errors as {@code rows[N].field}; nothing is written. */
    private static ProblemException atomicFailure(List<BulkResult.Rejection> rejections, int received, int rejected) {
        List<Violation> errors = new ArrayList<>();
        for (BulkResult.Rejection r : rejections) {
            for (Violation v : r.violations()) {
                // a spreadsheet's violation names its cell ('教育'!D7), which says more than the row's number
                errors.add(SpreadsheetRows.located(v) ? v : v.under("rows[" + r.row() + "]"));
            }
        }
        return new ProblemException(ProblemType.VALIDATION, Text.of("bulk.atomic-failed", received, rejected), errors, Map.of());
    }

    /** The series of a chunk that already have a current value, found with one query. */
    private static Set<String> existingSeries(Connection c, List<Ready> chunk) throws SQLException {
        Set<String> result = new HashSet<>();
        if (chunk.isEmpty()) {
            return result;
        }
        Set<String> indicators = new HashSet<>();
        Set<String> jurisdictions = new HashSet<>();
        Set<String> periods = new HashSet<>();
        for (Ready p : chunk) {
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

    private static void write(PreparedStatement values, PreparedStatement events, List<Ready> rows, String reporter,
            OffsetDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        for (Ready p : rows) {
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
            Outbox.bind(events, p.event(), MonitoringEvents.TOPIC, MonitoringEvents.key(v));
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
}
