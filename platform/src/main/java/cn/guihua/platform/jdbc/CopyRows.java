package cn.guihua.platform.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the caller's connection, so in its
 * transaction: the fastest way to insert many rows, for bulk writers (thousands of rows in one request). The
 * connection may be the pool's wrapper (Agroal's, inside a Hibernate {@code doWork}); the driver's connection is
 * unwrapped from it. Values are escaped as the text format needs ({@code \N} for null, backslash, tab, newline and
 * carriage return escaped); columns are given in the order of the statement, each row ended by {@link #endRow()}.
 *
 * <pre>{@code
 * try (CopyRows rows = CopyRows.open(c, "COPY item (id, name, amount) FROM STDIN")) {
 *     for (Item i : items) {
 *         rows.uuid(i.id()).text(i.name()).number(i.amount()).endRow();
 *     }
 *     rows.finish();
 * }
 * }</pre>
 *
 * Closing without {@link #finish()} cancels the copy (the statement fails, its transaction should roll back).
 */
public final class CopyRows implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER];
    private int length;
    private boolean firstColumn = true;
    private long rows;
    private boolean done;
    private OffsetDateTime lastTimestamp;
    private String lastTimestampText;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code copySql} ({@code COPY table (columns) FROM STDIN}) on {@code connection}. */
    public static CopyRows open(Connection connection, String copySql) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        return new CopyRows(pg.getCopyAPI().copyIn(copySql));
    }

    /** A text column (null gives SQL NULL). */
    public CopyRows text(String value) throws SQLException {
        separator();
        if (value == null) {
            nullValue();
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> ascii('\\', '\\');
                    case '\t' -> ascii('\\', 't');
                    case '\n' -> ascii('\\', 'n');
                    case '\r' -> ascii('\\', 'r');
                    default -> ascii(ch);
                }
            } else if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, value.charAt(++i));
                ensure(4);
                buffer[length++] = (byte) (0xF0 | (cp >> 18));
                buffer[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (cp & 0x3F));
            } else if (ch < 0x800) {
                ensure(2);
                buffer[length++] = (byte) (0xC0 | (ch >> 6));
                buffer[length++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isSurrogate(ch)) {
                ascii('?'); // a lone surrogate is not a character; what String.getBytes(UTF_8) writes too
            } else {
                ensure(3);
                buffer[length++] = (byte) (0xE0 | (ch >> 12));
                buffer[length++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        return this;
    }

    /** A column whose text needs no escaping (digits, a UUID, a code of letters): written as it is. */
    private CopyRows plain(String value) throws SQLException {
        separator();
        if (value == null) {
            nullValue();
            return this;
        }
        ensure(value.length());
        for (int i = 0; i < value.length(); i++) {
            buffer[length++] = (byte) value.charAt(i);
        }
        return this;
    }

    public CopyRows uuid(UUID value) throws SQLException {
        return plain(value == null ? null : value.toString());
    }

    public CopyRows number(long value) throws SQLException {
        return plain(Long.toString(value));
    }

    public CopyRows number(Integer value) throws SQLException {
        return plain(value == null ? null : value.toString());
    }

    public CopyRows number(Long value) throws SQLException {
        return plain(value == null ? null : value.toString());
    }

    /** A NUMERIC column: the decimal as it is, never in exponent notation. */
    public CopyRows number(BigDecimal value) throws SQLException {
        return plain(value == null ? null : value.toPlainString());
    }

    public CopyRows bool(Boolean value) throws SQLException {
        return plain(value == null ? null : value ? "t" : "f");
    }

    /** A TIMESTAMPTZ column (formatted once for the rows that share a value, as a bulk writer's rows do). */
    public CopyRows timestamp(OffsetDateTime value) throws SQLException {
        if (value != null && value != lastTimestamp) {
            lastTimestamp = value;
            lastTimestampText = TIMESTAMP.format(value);
        }
        return plain(value == null ? null : lastTimestampText);
    }

    /** A DATE column, or any value whose {@code toString()} PostgreSQL reads as the column's type and needs no escaping. */
    public CopyRows literal(Object value) throws SQLException {
        return value == null ? plain(null) : text(value.toString());
    }

    /** SQL NULL. */
    public CopyRows nullColumn() throws SQLException {
        return plain(null);
    }

    /** Ends the row. */
    public CopyRows endRow() throws SQLException {
        ascii('\n');
        firstColumn = true;
        rows++;
        return this;
    }

    /** Sends what is left and ends the copy; returns the rows PostgreSQL wrote. */
    public long finish() throws SQLException {
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

    private void separator() throws SQLException {
        if (firstColumn) {
            firstColumn = false;
        } else {
            ascii('\t');
        }
    }

    private void nullValue() throws SQLException {
        ascii('\\', 'N');
    }

    private void ascii(char a) throws SQLException {
        ensure(1);
        buffer[length++] = (byte) a;
    }

    private void ascii(char a, char b) throws SQLException {
        ensure(2);
        buffer[length++] = (byte) a;
        buffer[length++] = (byte) b;
    }

    private void ensure(int n) throws SQLException {
        if (length + n > buffer.length) {
            flush();
            if (n > buffer.length) {
                throw new IllegalArgumentException("a value of more than " + BUFFER + " bytes");
            }
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
