package cn.guihua.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Binary COPY writes what text COPY of the same values writes, column by column, as PostgreSQL prints them back. */
@QuarkusTest
class BinaryCopyRowsTest {

    private static final String COLUMNS = "id, n, big, t, amount, flag, at";

    @Inject
    AgroalDataSource dataSource;

    private record Row(UUID id, Integer n, Long big, String t, BigDecimal amount, Boolean flag, OffsetDateTime at) {
    }

    @Test
    void everyTypeAsTextCopyWritesIt() throws Exception {
        List<Row> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String[] texts = { "", "plain", "五年规划 ‰", "tab\tnew\nline\\back \"quoted\"", "𠀀 beyond the BMP", "x".repeat(70_000) };
        String[] decimals = { "0", "0.00", "1", "-1", "2.50", "0.0001", "-0.0001", "9999", "10000", "10001", "1E+3", "1.5E-7",
            "123456789.0123456789", "-98765432109876543210.123", "100000000", "0.1", "3", "1000.0001" };
        for (int i = 0; i < decimals.length; i++) {
            rows.add(new Row(UUID.randomUUID(), i - 5, (long) i * 1_000_000_007L - 3, texts[i % texts.length], new BigDecimal(decimals[i]),
                    i % 3 == 0 ? null : i % 2 == 0, i % 4 == 0 ? null : now.minusSeconds(i * 86_400L * 400)));
        }
        Random random = new Random(17);
        for (int i = 0; i < 2000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(130), random);
            rows.add(new Row(UUID.randomUUID(), random.nextInt(), random.nextLong(), "行 " + i,
                    new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(30) - 6), true,
                    OffsetDateTime.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                            random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000) * 1000, ZoneOffset.ofHours(random.nextInt(25) - 12))));
        }
        rows.add(new Row(null, null, null, null, null, null, null));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("copy_text", "copy_binary")) {
                    s.execute("CREATE TEMP TABLE " + table + " (seq int, id uuid, n int, big bigint, t text, amount numeric, "
                            + "flag boolean, at timestamptz) ON COMMIT DROP");
                }
                try (CopyRows text = CopyRows.open(c, "COPY copy_text (seq, " + COLUMNS + ") FROM STDIN")) {
                    int seq = 0;
                    for (Row r : rows) {
                        text.number(seq++).uuid(r.id()).number(r.n()).number(r.big()).text(r.t()).number(r.amount()).bool(r.flag())
                                .timestamp(r.at()).endRow();
                    }
                    assertEquals(rows.size(), text.finish());
                }
                try (BinaryCopyRows binary = BinaryCopyRows.open(c, "COPY copy_binary (seq, " + COLUMNS + ") FROM STDIN (FORMAT binary)", 8)) {
                    int seq = 0;
                    for (Row r : rows) {
                        binary.int4(seq++).uuid(r.id()).int4(r.n()).int8(r.big()).text(r.t()).numeric(r.amount()).bool(r.flag())
                                .timestamptz(r.at()).endRow();
                    }
                    assertEquals(rows.size(), binary.finish());
                }
                // as PostgreSQL prints them: the scale of a numeric shows (2.50, not 2.5)
                String printed = "SELECT seq, id::text, n::text, big::text, t, amount::text, flag::text, "
                        + "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') FROM %s ORDER BY seq";
                List<List<String>> fromText = read(s, String.format(printed, "copy_text"));
                List<List<String>> fromBinary = read(s, String.format(printed, "copy_binary"));
                assertEquals(rows.size(), fromBinary.size());
                for (int i = 0; i < fromText.size(); i++) {
                    assertEquals(fromText.get(i), fromBinary.get(i), "row " + i + ": " + rows.get(i));
                }
                assertEquals("2.50", fromBinary.get(4).get(5));
                assertEquals("0.00", fromBinary.get(1).get(5));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedHere() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE copy_width (a int, b text) ON COMMIT DROP");
                try (BinaryCopyRows rows = BinaryCopyRows.open(c, "COPY copy_width (a, b) FROM STDIN (FORMAT binary)", 2)) {
                    rows.int4(1);
                    assertThrows(IllegalStateException.class, rows::endRow);
                    rows.text("x");
                    assertThrows(IllegalStateException.class, () -> rows.text("y"));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static List<List<String>> read(Statement s, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
