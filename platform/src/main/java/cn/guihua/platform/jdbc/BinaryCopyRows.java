package cn.guihua.platform.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT binary)} on the caller's connection, so in its
 * transaction: what {@link CopyRows} does, with less work for the server, which then parses no text (no UUID, number
 * or timestamp to read, no escapes), and for the writer, which escapes nothing. The price is that every column is
 * written in its type's binary form, so the caller names the types ({@link #int4}, {@link #numeric},
 * {@link #timestamptz} ...) and they must be the table's: a column whose type changes needs its writer changed too
 * (PostgreSQL refuses a field of the wrong form, the statement fails). Columns are given in the order of the statement,
 * as many per row as {@link #open} was told, each row ended by {@link #endRow()}.
 *
 * <pre>{@code
 * try (BinaryCopyRows rows = BinaryCopyRows.open(c, "COPY item (id, name, amount) FROM STDIN (FORMAT binary)", 3)) {
 *     for (Item i : items) {
 *         rows.uuid(i.id()).text(i.name()).numeric(i.amount()).endRow();
 *     }
 *     rows.finish();
 * }
 * }</pre>
 *
 * Closing without {@link #finish()} cancels the copy (the statement fails, its transaction should roll back).
 */
public final class BinaryCopyRows implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;
    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in seconds of the Unix epoch. */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private final CopyIn copy;
    private final int columns;
    private final byte[] buffer = new byte[BUFFER];
    private int length;
    private int column;
    private long rows;
    private boolean done;

    private BinaryCopyRows(CopyIn copy, int columns) {
        this.copy = copy;
        this.columns = columns;
    }

    /**
     * Starts {@code copySql} ({@code COPY table (columns) FROM STDIN (FORMAT binary)}), whose rows have {@code columns}
     * columns, on {@code connection}.
     */
    public static BinaryCopyRows open(Connection connection, String copySql, int columns) throws SQLException {
        if (columns < 1 || columns > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a row of " + columns + " columns");
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        BinaryCopyRows rows = new BinaryCopyRows(pg.getCopyAPI().copyIn(copySql), columns);
        rows.ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, rows.buffer, 0, SIGNATURE.length);
        rows.length = SIGNATURE.length;
        rows.int32(0); // flags: no OIDs
        rows.int32(0); // no header extension
        return rows;
    }

    /** A TEXT (or VARCHAR) column, as UTF-8; null gives SQL NULL. */
    public BinaryCopyRows text(String value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        // the JDK's encoder, one pass (copying, for ASCII), rather than two passes of charAt: with C1 alone the loops were
        // a sixth of a bulk import's request thread (issue 17); a lone surrogate becomes '?' as before
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(bytes.length);
        for (int from = 0; from < bytes.length;) {
            ensure(1);
            int n = Math.min(bytes.length - from, buffer.length - length);
            System.arraycopy(bytes, from, buffer, length, n);
            length += n;
            from += n;
        }
        return this;
    }

    /** A UUID column. */
    public BinaryCopyRows uuid(UUID value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        field(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    /** An INT (int4) column. */
    public BinaryCopyRows int4(int value) throws SQLException {
        field(4);
        int32(value);
        return this;
    }

    /** An INT (int4) column; null gives SQL NULL. */
    public BinaryCopyRows int4(Integer value) throws SQLException {
        return value == null ? nullColumn() : int4(value.intValue());
    }

    /** A BIGINT (int8) column; null gives SQL NULL. */
    public BinaryCopyRows int8(Long value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        field(8);
        int64(value);
        return this;
    }

    /** A BOOLEAN column; null gives SQL NULL. */
    public BinaryCopyRows bool(Boolean value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        field(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /**
     * A TIMESTAMPTZ column: microseconds since 2000-01-01 UTC, the instant rounded to the microsecond as PostgreSQL
     * rounds a text timestamp; null gives SQL NULL.
     */
    public BinaryCopyRows timestamptz(OffsetDateTime value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        long seconds = value.toEpochSecond() - PG_EPOCH_SECONDS;
        int nano = value.getNano();
        long micros = nano / 1000;
        int rest = nano % 1000;
        if (rest > 500 || (rest == 500 && (micros & 1) == 1)) {
            micros++; // to the nearest, a tie to the even one, as PostgreSQL's rint
        }
        field(8);
        int64(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros));
        return this;
    }

    /**
     * A NUMERIC column: the decimal with its scale (2.50 stays 2.50, as the text {@code 2.50} would), in PostgreSQL's
     * base-10000 digits; null gives SQL NULL.
     */
    public BinaryCopyRows numeric(BigDecimal value) throws SQLException {
        if (value == null) {
            return nullColumn();
        }
        int scale = Math.max(0, value.scale());
        if (scale > 0x3FFF) {
            throw new IllegalArgumentException("a NUMERIC scale of " + scale);
        }
        BigInteger unscaled = value.scale() < 0 ? value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale()))
                : value.unscaledValue();
        int sign = unscaled.signum();
        unscaled = unscaled.abs();
        // the digits are aligned on the decimal point: the fraction is padded to whole groups of four on the right
        int pad = (4 - scale % 4) % 4;
        if (pad > 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(pad));
        }
        int fractionGroups = (scale + pad) / 4;
        // base-10000 groups, least significant first
        int[] groups = new int[Math.max(1, (unscaled.bitLength() + 12) / 13 + 1)];
        int count = 0;
        if (unscaled.bitLength() < 63) {
            long v = unscaled.longValue();
            while (v != 0) {
                groups = grow(groups, count);
                groups[count++] = (int) (v % 10_000);
                v /= 10_000;
            }
        } else {
            BigInteger v = unscaled;
            while (v.signum() != 0) {
                BigInteger[] qr = v.divideAndRemainder(TEN_THOUSAND);
                groups = grow(groups, count);
                groups[count++] = qr[1].intValue();
                v = qr[0];
            }
        }
        // without the zero groups at the low end (make_result would drop them; the weight says where the rest sits)
        int low = 0;
        while (low < count && groups[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        int weight = ndigits == 0 ? 0 : count - 1 - fractionGroups;
        if (ndigits > Short.MAX_VALUE || weight > Short.MAX_VALUE || weight < Short.MIN_VALUE) {
            throw new IllegalArgumentException("a NUMERIC of " + ndigits + " digit groups");
        }
        field(8 + 2 * ndigits);
        int16(ndigits);
        int16(weight);
        int16(sign < 0 ? 0x4000 : 0);
        int16(scale);
        for (int i = count - 1; i >= low; i--) {
            ensure(2); // a number of thousands of digits does not fit the buffer
            int16(groups[i]);
        }
        return this;
    }

    /** SQL NULL. */
    public BinaryCopyRows nullColumn() throws SQLException {
        startField();
        ensure(4);
        int32(-1);
        return this;
    }

    /** Ends the row; it must have had as many columns as {@link #open} was told. */
    public BinaryCopyRows endRow() throws SQLException {
        if (column != columns) {
            throw new IllegalStateException("a row of " + column + " columns where the copy has " + columns);
        }
        column = 0;
        rows++;
        return this;
    }

    /** Sends what is left and the end of the data, and ends the copy; returns the rows PostgreSQL wrote. */
    public long finish() throws SQLException {
        if (column != 0) {
            throw new IllegalStateException("the last row was not ended");
        }
        ensure(2);
        int16(-1);
        flush();
        done = true;
        return copy.endCopy();
    }

    /** The rows ended so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            done = true;
            copy.cancelCopy();
        }
    }

    /**
     * Starts a field of {@code n} bytes, which the caller writes next: the buffer has room for them when they fit in
     * it (the fixed-size types write without checking; text and long numbers check as they go).
     */
    private void field(int n) throws SQLException {
        startField();
        ensure(4 + Math.min(n, BUFFER - 4));
        int32(n);
    }

    /** The number of columns before a row's first field. */
    private void startField() throws SQLException {
        if (column == columns) {
            throw new IllegalStateException("more than " + columns + " columns in a row");
        }
        if (column == 0) {
            ensure(2);
            int16(columns);
        }
        column++;
    }

    private static int[] grow(int[] groups, int count) {
        return count < groups.length ? groups : java.util.Arrays.copyOf(groups, groups.length * 2);
    }

    private void int16(int v) {
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void int32(int v) {
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void ensure(int n) throws SQLException {
        if (length + n > buffer.length) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
