package cn.guihua.indicator.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.indicator.quality.Cell;
import cn.guihua.indicator.quality.Importance;
import cn.guihua.indicator.quality.RuleChecks;
import cn.guihua.indicator.quality.RuleFinding;
import cn.guihua.indicator.quality.RuleSet;
import cn.guihua.indicator.spreadsheet.SpreadsheetLimits;
import cn.guihua.indicator.spreadsheet.Xlsx;
import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.jdbc.BinaryCopyRows;
import cn.guihua.platform.jdbc.CopyRows;
import cn.guihua.platform.outbox.Outbox;
import cn.guihua.platform.outbox.OutboxChunk;
import cn.guihua.platform.outbox.OutboxConfig;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.ProblemType;
import cn.guihua.platform.problem.Violation;
import cn.guihua.platform.security.Caller;
import io.opentelemetry.context.Context;
import io.quarkus.arc.ClientProxy;

/**
 * Bulk submission, in two stages on two threads. The reader streams the rows from the body, checks them in memory
 * against the catalogue copy and the validation rules a value takes part in alone, and per chunk finds the series that
 * have a current value already and checks the rules that read other values, with one query on a connection of its
 * own; then it writes the CloudEvents of the chunk's accepted values straight into one outbox row (a chunk row,
 * {@link OutboxChunk}, compressed there). The request thread meanwhile writes the previous chunk's values with
 * {@code COPY} and its outbox row with one insert, in the request's one transaction, and does nothing else, so the
 * database's writing is what the import waits for. The relay publishes a chunk row as one record per event, the
 * records a row per event would have given; with {@code guihua.outbox.chunk-rows=false} each event has a row of its
 * own, written with {@code COPY} too. Atomic mode stops writing at the first invalid row and fails, which rolls
 * everything back; partial mode writes the rows that pass. Rejections carry their reasons as catalogue texts, put in
 * the caller's language by the resource.
 * <p>
 * The reader's query sees committed values, and the rows of this request's earlier chunks are held in memory: a
 * duplicate within the request is refused by its series key, and the rules count the request's accepted rows with
 * the stored ones. A value another request commits meanwhile makes the insert fail on the current-series index (409),
 * as it would have before. An error-level rule violation rejects every new row it concerns; a warning-level one is
 * stored with the rows ({@code quality_flags}).
 */
@ApplicationScoped
public class BulkImport {

    static final int LISTED_REJECTIONS = 1000;
    private static final int CHUNK = 2000;

    /**
     * The values in PostgreSQL's binary form (the server parses no text): each column written as its type in
     * V2__monitoring.sql and V10__data_quality.sql ({@link #writeValues}), which a change of a column's type must follow.
     */
    private static final String COPY_VALUES = "COPY monitoring_value (id, version, indicator_code, jurisdiction, period, year, "
            + "sex, residence, age_group, value, numerator, denominator, unit, department, comment, status, is_current, "
            + "reported_by, reported_at, quality_flags) FROM STDIN (FORMAT binary)";
    private static final int COPY_VALUES_COLUMNS = 20;

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

    @Inject
    RuleChecks checks;

    @Inject
    OutboxConfig outboxConfig;

    /**
     * An accepted row, ready to write: the value, its id and event, where a late rejection of it is, its cell for the
     * rules, and the warning-level findings it is stored with (null while none).
     */
    private static final class Ready {
        final int row;
        final Accepted value;
        final Cell cell;
        /** The series key, built once: {@code cell.key()} builds a new one at every call. */
        final String key;
        /** Its event when each event has an outbox row of its own; null when its chunk's row holds it. */
        Outbox.Prepared event;
        final UnaryOperator<Violation> locate;
        List<RuleFinding> flags;

        Ready(int row, Accepted value, Cell cell, String key, UnaryOperator<Violation> locate, List<RuleFinding> flags) {
            this.row = row;
            this.value = value;
            this.cell = cell;
            this.key = key;
            this.locate = locate;
            this.flags = flags;
        }

        void flag(RuleFinding f) {
            if (flags == null) {
                flags = new ArrayList<>(2);
            }
            if (!flags.contains(f)) {
                flags.add(f);
            }
        }

        List<Violation> violations(List<RuleFinding> findings) {
            return findings.stream().map(f -> locate.apply(new Violation(RuleChecks.field(f, cell.id()), f.text()))).toList();
        }
    }

    /** Rejections, flagged rows and counts as one thread sees them; merged at the end. */
    private static final class Tally {
        final List<BulkResult.Rejection> listed = new ArrayList<>();
        final List<BulkResult.Rejection> flaggedListed = new ArrayList<>();
        int received;
        int rejected;
        int flagged;

        void reject(int row, List<Violation> violations) {
            rejected++;
            if (listed.size() < LISTED_REJECTIONS) {
                listed.add(new BulkResult.Rejection(row, violations));
            }
        }

        void flagged(Ready p) {
            flagged++;
            if (flaggedListed.size() < LISTED_REJECTIONS) {
                flaggedListed.add(new BulkResult.Rejection(p.row, p.violations(p.flags)));
            }
        }
    }

    /** A chunk's rows to write and their events as one outbox row (null when each event has a row of its own). */
    private record Batch(List<Ready> rows, OutboxChunk events) {
    }

    private static final Batch END = new Batch(List.of(), null);

    /** A writer into a reused StringBuilder: an event's data is written into it, then taken as a String. */
    private static final class TextBuffer extends Writer {
        final StringBuilder text = new StringBuilder(512);

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult.Summary run(byte[] body, boolean csv, String contentType, BulkResult.Mode mode) {
        Catalogue.Snapshot copy = catalogue.require();
        SubmissionRules rules = new SubmissionRules(copy, caller.accessCheck());
        RuleSet ruleSet = checks.current(copy);
        String reporter = caller.subject();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tally reading = new Tally();
        BlockingQueue<Batch> chunks = new ArrayBlockingQueue<>(4);
        Throwable[] failure = new Throwable[1];
        // the reader runs in the request's trace context, so its events carry the request's traceparent as a single
        // submission's do (the platform's Outbox reads the current span)
        Thread reader = new Thread(Context.current().wrap(() -> {
            // outside the request's transaction: a connection of its own, reading what is committed
            try (Connection lookups = dataSource.getConnection()) {
                read(body, csv, contentType, rules, ruleSet, reporter, now, reading, chunks, lookups, mode);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                putQuietly(chunks, END);
            }
        }), "bulk-reader");
        reader.start();
        int accepted = 0;
        // inside the JTA transaction the pool hands out the transaction's own connection
        try (Connection connection = dataSource.getConnection()) {
            // the values of every chunk in one COPY, kept open while the reader works, then the outbox's chunk rows
            List<OutboxChunk> outboxRows = new ArrayList<>();
            BinaryCopyRows values = null;
            try {
                for (Batch chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                    // the reader counted a chunk's rejections before handing it over
                    if ((mode == BulkResult.Mode.ATOMIC && reading.rejected > 0) || chunk.rows().isEmpty()) {
                        continue;
                    }
                    if (values == null) {
                        values = BinaryCopyRows.open(connection, COPY_VALUES, COPY_VALUES_COLUMNS);
                    }
                    writeValues(values, chunk.rows(), reporter, now);
                    if (chunk.events() != null) {
                        outboxRows.add(chunk.events());
                    } else {
                        // a row per event: the values' COPY ends for the events' one
                        values.finish();
                        values.close();
                        values = null;
                        copyEvents(connection, chunk.rows());
                    }
                    accepted += chunk.rows().size();
                }
                reader.join();
                if (values != null) {
                    values.finish();
                }
            } finally {
                if (values != null) {
                    values.close();
                }
            }
            insertChunkRows(connection, outboxRows);
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
        rejections.sort(Comparator.comparingInt(BulkResult.Rejection::row));
        int rejected = reading.rejected;
        if (rejections.size() > LISTED_REJECTIONS) {
            rejections = new ArrayList<>(rejections.subList(0, LISTED_REJECTIONS));
        }
        if (mode == BulkResult.Mode.ATOMIC && rejected > 0) {
            throw atomicFailure(rejections, reading.received, rejected);
        }
        if (accepted > 0) {
            outbox.wakeRelayAfterCommit(); // the events were prepared on the reader thread, outside the transaction
        }
        BulkResult.Summary result = new BulkResult.Summary(mode, reading.received, accepted, rejected, rejections,
                rejected > rejections.size(), reading.flagged, reading.flaggedListed, reading.flagged > reading.flaggedListed.size());
        audit.record("monitoring-value.bulk-submitted", "MonitoringValue", "bulk",
                Map.of("mode", mode, "received", result.received(), "accepted", result.accepted(), "rejected", result.rejected(),
                        "flagged", result.flagged()));
        return result;
    }

    /** The reader thread: rows in, checked chunks of accepted values with their events out. */
    private void read(byte[] body, boolean csv, String contentType, SubmissionRules rules, RuleSet ruleSet, String reporter,
            OffsetDateTime now, Tally tally, BlockingQueue<Batch> chunks, Connection lookups, BulkResult.Mode mode)
            throws SQLException {
        boolean chunkRows = outboxConfig.chunkRows();
        // sized for the rows the body may hold (a row is 60 bytes or more), so that they do not grow row by row
        int expected = (int) Math.min(config.maxRows(), body.length / 60L + 16) * 4 / 3 + 1;
        Set<String> seen = new HashSet<>(expected);
        // this request's accepted values that rules reading other values may need, by series key
        Map<String, Cell> accepted = new HashMap<>(expected);
        Events events = new Events(reporter, now, tally, chunkRows);
        @SuppressWarnings("unchecked")
        List<Ready>[] chunk = new List[] { new ArrayList<>(CHUNK) };
        Consumer<BulkReader.Row> check = row -> {
            tally.received++;
            List<Violation> violations = new ArrayList<>(row.shape());
            Accepted a = rules.check(row.candidate(), violations);
            String key = a == null ? null : a.seriesKey();
            if (a != null && !seen.add(key)) {
                violations.add(Violation.of("period", "bulk.duplicate-row"));
            }
            Cell cell = null;
            List<RuleFinding> warnings = null;
            if (violations.isEmpty()) {
                // the rules the value takes part in alone
                cell = new Cell(UUID.randomUUID(), a.indicator().code(), a.jurisdiction(), a.period().text(), a.sex().name(),
                        a.residence().name(), a.ageGroup(), a.value(), a.numerator(), a.denominator(), a.unit(),
                        ValueStatus.PENDING.name());
                for (RuleFinding f : ruleSet.checkAlone(cell)) {
                    if (f.importance() == Importance.ERROR) {
                        violations.add(new Violation(RuleChecks.field(f, cell.id()), f.text()));
                    } else {
                        warnings = warnings == null ? new ArrayList<>(2) : warnings;
                        warnings.add(f);
                    }
                }
            }
            if (!violations.isEmpty()) {
                violations.replaceAll(row.locate());
                tally.reject(row.number(), violations);
                return;
            }
            chunk[0].add(new Ready(row.number(), a, cell, key, row.locate(), warnings));
            if (chunk[0].size() == CHUNK) {
                putQuietly(chunks, events.of(checked(lookups, chunk[0], ruleSet, accepted, tally), mode));
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
            putQuietly(chunks, events.of(checked(lookups, chunk[0], ruleSet, accepted, tally), mode));
        }
    }

    /**
     * The events of the rows to write, built on the reader once a chunk's rows are known: by default all in one outbox
     * row, written straight into it and compressed here, so that the request thread only sends it; without chunk rows
     * each prepared for a row of its own. None once an atomic import has failed (nothing more is written).
     */
    private final class Events {
        final String reporter;
        final OffsetDateTime now;
        final String at;
        final Tally tally;
        final boolean chunkRows;
        final JsonFactory factory = json.getFactory();
        final TextBuffer buffer = new TextBuffer();
        /** The bean itself rather than its client proxy, which would look it up at each of 100 000 calls. */
        final Outbox events = ClientProxy.unwrap(outbox);

        Events(String reporter, OffsetDateTime now, Tally tally, boolean chunkRows) {
            this.reporter = reporter;
            this.now = now;
            this.at = MonitoringEvents.time(now);
            this.tally = tally;
            this.chunkRows = chunkRows;
        }

        Batch of(List<Ready> rows, BulkResult.Mode mode) {
            if (rows.isEmpty() || (mode == BulkResult.Mode.ATOMIC && tally.rejected > 0)) {
                return new Batch(rows, null);
            }
            if (!chunkRows) {
                for (Ready p : rows) {
                    buffer.text.setLength(0);
                    try (JsonGenerator g = factory.createGenerator(buffer)) {
                        MonitoringEvents.writeSubmitted(g, p.cell.id(), p.value, reporter, at);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    p.event = outbox.prepareJson(MonitoringEvents.SUBMITTED, MonitoringEvents.subject(p.cell.id()),
                            buffer.toString());
                }
                return new Batch(rows, null);
            }
            OutboxChunk chunk = new OutboxChunk(MonitoringEvents.TOPIC);
            for (Ready p : rows) {
                events.add(chunk, MonitoringEvents.key(p.value.jurisdiction(), p.value.indicator().code()),
                        MonitoringEvents.SUBMITTED, MonitoringEvents.subject(p.cell.id()), now,
                        g -> MonitoringEvents.writeSubmitted(g, p.cell.id(), p.value, reporter, at));
            }
            chunk.bytes();
            return new Batch(rows, chunk);
        }
    }

    /**
     * A chunk's rows that may be written: without those whose series has a current value and those an error-level
     * rule reading other values refuses (counted as rejections), the others flagged by the warning-level ones.
     */
    private static List<Ready> checked(Connection lookups, List<Ready> chunk, RuleSet ruleSet, Map<String, Cell> accepted,
            Tally tally) {
        Map<String, Cell> stored = new HashMap<>();
        Set<String> existing;
        try {
            existing = existingSeries(lookups, chunk, ruleSet, stored);
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk lookup failed: " + e.getMessage(), e);
        }
        List<Ready> writable = new ArrayList<>(chunk.size());
        for (Ready p : chunk) {
            if (existing.contains(p.key)) {
                tally.reject(p.row, List.of(p.locate.apply(Violation.of("period", "bulk.series-exists"))));
            } else {
                writable.add(p);
            }
        }
        writable = checkTogether(ruleSet, writable, stored, accepted, tally);
        for (Ready p : writable) {
            if (p.flags != null) {
                tally.flagged(p);
            }
        }
        return writable;
    }

    /**
     * The rules that read other values, over the chunk's writable rows, the request's rows accepted before and the
     * stored values the chunk's query read: an error-level finding rejects every new row of the chunk it concerns, a
     * warning-level one flags them. Answers the rows to write, and adds them to {@code accepted}.
     */
    private static List<Ready> checkTogether(RuleSet ruleSet, List<Ready> writable, Map<String, Cell> stored,
            Map<String, Cell> accepted, Tally tally) {
        List<Cell> subjects = new ArrayList<>();
        for (Ready p : writable) {
            if (ruleSet.needsCounterparts(p.cell.indicator())) {
                subjects.add(p.cell);
            }
        }
        if (subjects.isEmpty()) {
            return writable;
        }
        Map<UUID, Ready> byId = new HashMap<>(writable.size() * 2);
        for (Ready p : writable) {
            stored.put(p.key, p.cell);
            byId.put(p.cell.id(), p);
        }
        Function<String, Cell> lookup = key -> {
            Cell c = stored.get(key);
            return c != null ? c : accepted.get(key);
        };
        Map<Ready, List<RuleFinding>> refused = new LinkedHashMap<>();
        for (RuleFinding f : ruleSet.checkTogether(subjects, lookup)) {
            for (UUID id : f.valueIds()) {
                Ready p = byId.get(id);
                if (p == null) {
                    continue;
                }
                if (f.importance() == Importance.ERROR) {
                    refused.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
                } else {
                    p.flag(f);
                }
            }
        }
        List<Ready> remaining = new ArrayList<>(writable.size());
        for (Ready p : writable) {
            List<RuleFinding> errors = refused.get(p);
            if (errors == null) {
                remaining.add(p);
                if (ruleSet.needsCounterparts(p.cell.indicator())) {
                    accepted.put(p.key, p.cell);
                }
            } else {
                tally.reject(p.row, p.violations(errors));
            }
        }
        return remaining;
    }

    private static void putQuietly(BlockingQueue<Batch> chunks, Batch chunk) {
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

    /**
     * The series of a chunk that already have a current value, found with one query; the same query reads into
     * {@code stored} the current values (pending or approved) of the chunk's jurisdictions and periods that the rules
     * reading other values need, of the chunk's indicators and the indicators those rules name.
     */
    private static Set<String> existingSeries(Connection c, List<Ready> chunk, RuleSet ruleSet, Map<String, Cell> stored)
            throws SQLException {
        Set<String> result = new HashSet<>();
        if (chunk.isEmpty()) {
            return result;
        }
        Set<String> indicators = new HashSet<>();
        Set<String> jurisdictions = new HashSet<>();
        Set<String> periods = new HashSet<>();
        boolean counterparts = false;
        for (Ready p : chunk) {
            indicators.add(p.cell.indicator());
            jurisdictions.add(p.cell.jurisdiction());
            periods.add(p.cell.period());
            counterparts |= ruleSet.needsCounterparts(p.cell.indicator());
        }
        Set<String> read = counterparts ? ruleSet.counterpartIndicators(indicators) : indicators;
        try (PreparedStatement ps = c.prepareStatement("SELECT indicator_code, jurisdiction, period, sex, residence, age_group, "
                + "status, id, value, numerator, denominator, unit FROM monitoring_value "
                + "WHERE is_current AND indicator_code = ANY (?) AND jurisdiction = ANY (?) AND period = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", read.toArray()));
            ps.setArray(2, c.createArrayOf("text", jurisdictions.toArray()));
            ps.setArray(3, c.createArrayOf("text", periods.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String indicator = rs.getString(1);
                    String key = Accepted.seriesKey(indicator, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    if (indicators.contains(indicator)) {
                        result.add(key);
                    }
                    String status = rs.getString(7);
                    if (counterparts && !ValueStatus.REJECTED.name().equals(status)) {
                        stored.put(key, new Cell(rs.getObject(8, UUID.class), indicator, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(9), rs.getBigDecimal(10),
                                rs.getBigDecimal(11), rs.getString(12), status));
                    }
                }
            }
        }
        return result;
    }

    /** A chunk's values, added to the open COPY, each column in its type's binary form. */
    private void writeValues(BinaryCopyRows values, List<Ready> rows, String reporter, OffsetDateTime now) throws SQLException {
        for (Ready p : rows) {
            Accepted a = p.value;
            values.uuid(p.cell.id()).int4(1).text(a.indicator().code()).text(a.jurisdiction()).text(a.period().text())
                    .int4(a.period().year()).text(a.sex().name()).text(a.residence().name()).text(a.ageGroup())
                    .numeric(a.value()).numeric(a.numerator()).numeric(a.denominator()).text(a.unit()).text(a.department())
                    .text(a.comment()).text(ValueStatus.PENDING.name()).bool(true).text(reporter).timestamptz(now)
                    .text(p.flags == null ? null : checks.flags(p.flags)).endRow();
        }
    }

    /** The outbox's chunk rows, one per chunk of values, in one batch. */
    private static void insertChunkRows(Connection connection, List<OutboxChunk> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(Outbox.INSERT_CHUNK)) {
            for (OutboxChunk chunk : rows) {
                Outbox.bind(insert, chunk);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Without chunk rows: an outbox row per event of the chunk, with one COPY. */
    private static void copyEvents(Connection connection, List<Ready> rows) throws SQLException {
        try (CopyRows events = CopyRows.open(connection, Outbox.COPY)) {
            for (Ready p : rows) {
                Outbox.copy(events, p.event, MonitoringEvents.TOPIC, MonitoringEvents.key(p.value.jurisdiction(),
                        p.value.indicator().code()));
            }
            events.finish();
        }
    }
}
