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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.problem.ProblemType;

/**
 * Streams the rows of a bulk submission, a JSON array or a CSV file (UTF-8 or GB18030, headers in English
 * or Chinese as the offices' spreadsheets export them), one {@link Candidate} at a time. A row whose shape
 * is wrong becomes a row with a violation instead of failing the whole request.
 */
final class BulkReader {

    /** A row as read: its 1-based position among the data rows, the candidate, and shape problems if any. */
    record Row(int number, Candidate candidate, List<Violation> shape) {
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

    static void readJson(byte[] body, JsonFactory factory, int maxRows, Consumer<Row> out) {
        try (JsonParser p = factory.createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("请求体须为 JSON 数组", "The body must be a JSON array");
            }
            int number = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw malformed("JSON 数组未结束", "The JSON array is not closed");
                }
                limit(++number, maxRows);
                List<Violation> shape = new ArrayList<>(0);
                String[] fields = new String[Candidate.FIELDS.length];
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    shape.add(new Violation("", "每一行须为 JSON 对象", "each row must be a JSON object"));
                } else {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        Integer index = HEADERS.get(name.toLowerCase(Locale.ROOT));
                        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                            p.skipChildren();
                            shape.add(new Violation(name, "类型或格式不正确", "has the wrong type or format"));
                        } else if (index != null && v != JsonToken.VALUE_NULL) {
                            fields[index] = p.getText();
                        }
                    }
                }
                out.accept(new Row(number, Candidate.of(fields), shape));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw malformed("请求体不是有效的 JSON：" + e.getOriginalMessage(), "The body is not valid JSON: " + e.getOriginalMessage());
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
                throw malformed("CSV 为空，缺少表头", "The CSV is empty; a header row is needed");
            }
            int[] columns = new int[header.size()];
            boolean[] present = new boolean[Candidate.FIELDS.length];
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).strip();
                if (i == 0 && h.startsWith("\uFEFF")) {
                    h = h.substring(1).strip();
                }
                Integer index = HEADERS.get(h.toLowerCase(Locale.ROOT));
                if (index == null) {
                    throw new ProblemException(ProblemType.VALIDATION, "未知的列：" + h, "Unknown column: " + h,
                            List.of(new cn.guihua.indicator.problem.FieldError("header", "未知的列 " + h + " / unknown column " + h)));
                }
                columns[i] = index;
                present[index] = true;
            }
            for (int required : new int[] { 0, 1, 2, 6 }) {
                if (!present[required]) {
                    String name = Candidate.FIELDS[required];
                    throw new ProblemException(ProblemType.VALIDATION, "缺少列 " + name, "Missing column " + name,
                            List.of(new cn.guihua.indicator.problem.FieldError("header", "缺少列 " + name + " / missing column " + name)));
                }
            }
            int number = 0;
            for (List<String> record = records.next(); record != null; record = records.next()) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                limit(++number, maxRows);
                String[] fields = new String[Candidate.FIELDS.length];
                List<Violation> shape = new ArrayList<>(0);
                if (record.size() > columns.length) {
                    shape.add(new Violation("", "列数多于表头（" + record.size() + " > " + columns.length + "）",
                            "more columns than the header (" + record.size() + " > " + columns.length + ")"));
                }
                for (int i = 0; i < Math.min(record.size(), columns.length); i++) {
                    fields[columns[i]] = record.get(i);
                }
                out.accept(new Row(number, Candidate.of(fields), shape));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw malformed("CSV 不是有效的 " + charset.name() + " 编码，请在 Content-Type 中注明 charset（utf-8 或 gb18030）",
                    "The CSV is not valid " + charset.name() + "; state the charset (utf-8 or gb18030) in Content-Type");
        } catch (IOException e) {
            throw malformed("CSV 无法读取：" + e.getMessage(), "The CSV cannot be read: " + e.getMessage());
        }
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
                        throw ProblemException.invalid("Content-Type", "不支持的字符集 " + name, "Unsupported charset " + name);
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void limit(int number, int maxRows) {
        if (number > maxRows) {
            throw ProblemException.invalid("body", "一次最多提交 " + maxRows + " 行", "At most " + maxRows + " rows per request");
        }
    }

    private static ProblemException malformed(String zh, String en) {
        return new ProblemException(ProblemType.MALFORMED, zh, en);
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
