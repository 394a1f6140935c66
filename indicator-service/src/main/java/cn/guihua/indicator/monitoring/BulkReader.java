package cn.guihua.indicator.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.problem.ProblemType;
import cn.guihua.platform.problem.Violation;

/**
 * Streams the rows of a bulk submission, a JSON array or a CSV file (UTF-8 or GB18030, headers in English
 * or Chinese as the offices' spreadsheets export them), one {@link Candidate} at a time. A row whose shape
 * is wrong becomes a row with a violation instead of failing the whole request.
 */
final class BulkReader {

    /**
     * A row as read: its 1-based position among the data rows, the candidate, shape problems if any, and where a
     * violation of one of its fields is (a spreadsheet's cell; a JSON or CSV row keeps the field's name).
     */
    record Row(int number, Candidate candidate, List<Violation> shape, UnaryOperator<Violation> locate) {
        Row(int number, Candidate candidate, List<Violation> shape) {
            this(number, candidate, shape, UnaryOperator.identity());
        }
    }

    /** Chinese and English header names; keys are compared without case and surrounding blanks. */
    private static final Map<String, Integer> HEADERS = new HashMap<>();

    static {
        String[][] names = {
            { "indicatorcode", "indicator", "指标代码", "指标编码", "指标" },
            { "jurisdiction", "行政区划代码", "区划代码", "行政区划", "辖区代码" },
            { "period", "期间", "统计期", "统计期间", "时期", "报告期" },
            { "sex", "性别" },
            { "residence", "城乡", "城乡分类", "居住地" },
            { "agegroup", "年龄组", "年龄段" },
            { "value", "数值", "监测值", "指标值", "值" },
            { "numerator", "分子" },
            { "denominator", "分母" },
            { "unit", "单位", "计量单位" },
            { "department", "报送单位", "填报单位", "部门", "数据来源单位" },
            { "comment", "备注", "说明" } };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                HEADERS.put(n, i);
            }
        }
    }

    private BulkReader() {
    }

    /** The index in {@link Candidate#FIELDS} of a column named so (English or Chinese), or null. */
    static Integer fieldOf(String header) {
        return header == null ? null : HEADERS.get(header.strip().toLowerCase(Locale.ROOT));
    }

    static void readJson(byte[] body, JsonFactory factory, int maxRows, Consumer<Row> out) {
        try (JsonParser p = factory.createParser(body)) {
            // a repeated key is a violation of its row (below), not the end of the whole request
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("bulk.json.not-array");
            }
            int number = 0;
            // the rows' field names are the same few: each is lower-cased and looked up once (-1: not a field; at most 64 kept,
            // whatever a body holds)
            Map<String, Integer> indexOfName = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw malformed("bulk.json.not-closed");
                }
                limit(++number, maxRows);
                List<Violation> shape = new ArrayList<>(0);
                String[] fields = new String[Candidate.FIELDS.length];
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    shape.add(Violation.of("", "bulk.json.row-not-object"));
                } else {
                    boolean[] seen = new boolean[Candidate.FIELDS.length];
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        Integer known = indexOfName.get(name);
                        int index = known != null ? known : HEADERS.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
                        if (known == null && indexOfName.size() < 64) {
                            indexOfName.put(name, index);
                        }
                        if (index >= 0 && seen[index]) {
                            shape.add(Violation.of(name, "problem.field.duplicate"));
                        }
                        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                            p.skipChildren();
                            shape.add(Violation.of(name, "problem.field.wrong-type"));
                        } else if (index >= 0 && v != JsonToken.VALUE_NULL) {
                            fields[index] = p.getText();
                        }
                        if (index >= 0) {
                            seen[index] = true;
                        }
                    }
                }
                out.accept(new Row(number, Candidate.of(fields), shape));
            }
            if (p.nextToken() != null) {
                throw malformed("bulk.json.after-array");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's own words name its internals: the caller gets the position only
            String at = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw ProblemException.of(ProblemType.MALFORMED, "problem.detail.not-json", at);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void readCsv(byte[] body, Charset charset, int maxRows, Consumer<Row> out) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(body), decoder)) {
            CsvRecords records = new CsvRecords(in);
            List<String> header = records.next();
            if (header == null) {
                throw malformed("bulk.csv.empty");
            }
            int[] columns = columns(header);
            int number = 0;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                limit(++number, maxRows);
                String[] fields = new String[Candidate.FIELDS.length];
                List<Violation> shape = new ArrayList<>(0);
                if (record.size() > columns.length) {
                    shape.add(Violation.of("", "bulk.csv.more-columns", record.size(), columns.length));
                }
                for (int i = 0; i < Math.min(record.size(), columns.length); i++) {
                    fields[columns[i]] = record.get(i);
                }
                out.accept(new Row(number, Candidate.of(fields), shape));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw malformed("bulk.csv.charset", charset.name());
        } catch (IOException e) {
            throw malformed("bulk.csv.unreadable");
        }
    }

    /**
     * The field each header column holds. Every column must be a known field, once: an unknown column, or a field
     * named twice (two {@code value} columns, or {@code value} and {@code 数值}), would leave a value of the row unread
     * or ambiguous, so the whole file is refused, naming the columns (1-based). The required fields must be there.
     */
    static int[] columns(List<String> header) {
        int[] columns = new int[header.size()];
        int[] firstColumn = new int[Candidate.FIELDS.length];
        java.util.Arrays.fill(firstColumn, -1);
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            if (i == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1).strip();
            }
            Integer index = HEADERS.get(h.toLowerCase(Locale.ROOT));
            if (index == null) {
                problems.add(Violation.of("header", "bulk.csv.unknown-column", i + 1, h));
                continue;
            }
            if (firstColumn[index] >= 0) {
                problems.add(Violation.of("header", "bulk.csv.duplicate-column", i + 1, h, firstColumn[index] + 1,
                        header.get(firstColumn[index]).strip().replace("\uFEFF", ""), Candidate.FIELDS[index]));
                continue;
            }
            columns[i] = index;
            firstColumn[index] = i;
        }
        for (int required : new int[] { 0, 1, 2, 6 }) {
            if (firstColumn[required] < 0) {
                problems.add(Violation.of("header", "bulk.csv.missing-column", Candidate.FIELDS[required]));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return columns;
    }

    /** The charset of a {@code text/csv} Content-Type; UTF-8 when none is stated. */
    static Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring(8).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (RuntimeException e) {
                        throw ProblemException.invalid("Content-Type", "bulk.csv.charset-unsupported", name);
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static void limit(int number, int maxRows) {
        if (number > maxRows) {
            throw ProblemException.invalid("body", "bulk.too-many-rows", maxRows);
        }
    }

    private static ProblemException malformed(String key, Object... args) {
        return ProblemException.of(ProblemType.MALFORMED, key, args);
    }

    /** RFC 4180 records: commas, double quotes with "" inside, CRLF or LF line ends, line breaks inside quotes. */
    static final class CsvRecords {
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private boolean eof;

        CsvRecords(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        List<String> next() throws IOException {
            if (eof) {
                return null;
            }
            List<String> fields = new ArrayList<>(12);
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = read();
                if (c == -1) {
                    eof = true;
                    if (!any && fields.isEmpty()) {
                        return null;
                    }
                    fields.add(field.toString());
                    return fields;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (n == -1) {
                                eof = true;
                                fields.add(field.toString());
                                return fields;
                            }
                            if (n == ',' || n == '\n' || n == '\r') {
                                if (endOf(n, fields, field)) {
                                    return fields;
                                }
                            } else {
                                field.append((char) n);
                            }
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',' || c == '\n' || c == '\r') {
                    if (endOf(c, fields, field)) {
                        return fields;
                    }
                } else {
                    field.append((char) c);
                }
            }
        }

        /** Ends the field; returns true when the record ends too. */
        private boolean endOf(int c, List<String> fields, StringBuilder field) throws IOException {
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                return false;
            }
            if (c == '\r') {
                int n = read();
                if (n != '\n' && n != -1) {
                    position--;
                }
            }
            return true;
        }
    }
}
