package cn.guihua.benchmark;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.localstack.Service;

/**
 * The rows of a bulk ingest: N values of one indicator for the streets of 槐荫区 (370104001 ..), every month of the
 * indicator's tracked years, 3 sexes x 3 residences, as a reporter of 370104 sends them; and the same rows written
 * the three ways compared: through the API (one JSON array or one CSV file, one atomic request), by plain JDBC
 * batches, and by COPY, into the same table.
 */
final class IngestWorkload {

    static final String DISTRICT = "370104";
    static final String DEPARTMENT = "区卫生健康局";
    private static final String[] SEXES = { "TOTAL", "FEMALE", "MALE" };
    private static final String[] RESIDENCES = { "TOTAL", "URBAN", "RURAL" };
    static final String COLUMNS = "id, version, indicator_code, jurisdiction, period, year, sex, residence, age_group, value, "
            + "numerator, denominator, unit, department, comment, status, is_current, reported_by, reported_at";
    static final String INSERT = "INSERT INTO monitoring_value (" + COLUMNS + ") VALUES "
            + "(?, 1, ?, ?, ?, ?, ?, ?, 'TOTAL', ?, NULL, NULL, ?, ?, NULL, 'PENDING', TRUE, ?, ?)";

    record Row(String jurisdiction, String period, int year, String sex, String residence, BigDecimal value) {
    }

    final String code;
    final String unit;
    final List<Row> rows;

    private IngestWorkload(String code, String unit, List<Row> rows) {
        this.code = code;
        this.unit = unit;
        this.rows = rows;
    }

    /** NEONATAL_MORTALITY if the catalogue has it, else its first rate or quantity; {@code n} rows of it. */
    static IngestWorkload of(Suite suite, int n) throws Exception {
        JsonNode indicators = suite.http.get(suite.url(Service.INDICATOR) + "/api/v1/catalogue/indicators",
                Http.bearer(Suite.ADMIN, "370000"));
        JsonNode chosen = null;
        for (JsonNode i : indicators) {
            String type = i.path("valueType").asText();
            if ("NEONATAL_MORTALITY".equals(i.path("code").asText())) {
                chosen = i;
                break;
            }
            if (chosen == null && (type.equals("RATE") || type.equals("QUANTITY"))) {
                chosen = i;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("plan-service's catalogue has no rate or quantity indicator");
        }
        int from = chosen.hasNonNull("trackedFrom") ? chosen.get("trackedFrom").asInt() : 2021;
        int to = chosen.hasNonNull("trackedTo") ? chosen.get("trackedTo").asInt() : from + 4;
        int months = (to - from + 1) * 12;
        int perStreet = months * SEXES.length * RESIDENCES.length;
        int streets = (n + perStreet - 1) / perStreet;
        if (streets > 999) {
            throw new IllegalArgumentException("too many rows for the tracked years: at most " + 999 * perStreet);
        }
        List<Row> list = new ArrayList<>(n);
        outer:
        for (int s = 1; s <= streets; s++) {
            String street = String.format("%s%03d", DISTRICT, s);
            for (int m = 0; m < months; m++) {
                int year = from + m / 12;
                String period = String.format("%d-%02d", year, m % 12 + 1);
                for (String sex : SEXES) {
                    for (String residence : RESIDENCES) {
                        list.add(new Row(street, period, year, sex, residence, BigDecimal.valueOf(10 + list.size() % 40, 1)));
                        if (list.size() == n) {
                            break outer;
                        }
                    }
                }
            }
        }
        return new IngestWorkload(chosen.get("code").asText(), chosen.path("unit").asText(), list);
    }

    String describe() {
        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        return String.format("%,d values of %s (%s): streets %s..%s, months %s..%s, 3 sexes x 3 residences", rows.size(), code,
                unit, first.jurisdiction(), last.jurisdiction(), first.period(), last.period());
    }

    /** One JSON array, as a reporter's tool sends it. */
    byte[] json() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 170);
        StringBuilder sb = new StringBuilder(200);
        bytes.write('[');
        boolean first = true;
        for (Row r : rows) {
            sb.setLength(0);
            sb.append(first ? "" : ",").append("{\"indicatorCode\":\"").append(code).append("\",\"jurisdiction\":\"")
                    .append(r.jurisdiction()).append("\",\"period\":\"").append(r.period()).append("\",\"sex\":\"").append(r.sex())
                    .append("\",\"residence\":\"").append(r.residence()).append("\",\"value\":").append(r.value().toPlainString())
                    .append(",\"unit\":\"").append(unit).append("\",\"department\":\"").append(DEPARTMENT).append("\"}");
            bytes.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
            first = false;
        }
        bytes.write(']');
        return bytes.toByteArray();
    }

    /** The same rows as one UTF-8 CSV file with English headers. */
    byte[] csv() {
        StringBuilder sb = new StringBuilder(rows.size() * 80);
        sb.append("indicatorCode,jurisdiction,period,sex,residence,value,unit,department\n");
        for (Row r : rows) {
            sb.append(code).append(',').append(r.jurisdiction()).append(',').append(r.period()).append(',').append(r.sex())
                    .append(',').append(r.residence()).append(',').append(r.value().toPlainString()).append(',').append(unit)
                    .append(',').append(DEPARTMENT).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows by plain JDBC batches of 1000 (reWriteBatchedInserts, one transaction); returns the seconds. */
    double jdbc(Db db) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = db.connect(true)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (Row r : rows) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, code);
                    ps.setString(3, r.jurisdiction());
                    ps.setString(4, r.period());
                    ps.setInt(5, r.year());
                    ps.setString(6, r.sex());
                    ps.setString(7, r.residence());
                    ps.setBigDecimal(8, r.value());
                    ps.setString(9, unit);
                    ps.setString(10, DEPARTMENT);
                    ps.setString(11, "bench-jdbc");
                    ps.setObject(12, now);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** The rows by COPY ... FROM STDIN (PostgreSQL's CopyManager, text format, one transaction); returns the seconds. */
    double copy(Db db) throws Exception {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY monitoring_value (" + COLUMNS + ") FROM STDIN");
            try {
                StringBuilder sb = new StringBuilder(1 << 17);
                for (Row r : rows) {
                    sb.append(UUID.randomUUID()).append("\t1\t").append(code).append('\t').append(r.jurisdiction()).append('\t')
                            .append(r.period()).append('\t').append(r.year()).append('\t').append(r.sex()).append('\t')
                            .append(r.residence()).append("\tTOTAL\t").append(r.value().toPlainString()).append("\t\\N\t\\N\t")
                            .append(unit).append('\t').append(DEPARTMENT).append("\t\\N\tPENDING\tt\tbench-copy\t").append(now)
                            .append('\n');
                    if (sb.length() > (1 << 16)) {
                        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(b, 0, b.length);
                        sb.setLength(0);
                    }
                }
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(b, 0, b.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
