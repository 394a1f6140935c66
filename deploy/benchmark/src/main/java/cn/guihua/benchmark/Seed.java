package cn.guihua.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.localstack.Service;

/**
 * N monitoring values stored in indicator-service's {@code monitoring_value} by COPY, in the shape its code writes
 * and reads: for each indicator a published plan targets and the plan's jurisdiction with the jurisdictions below it
 * (streets of a district, districts of a city), first the annual whole-population values (sex, residence and age
 * group TOTAL, APPROVED, near the target's level, the ones an evaluation needs), then the monthly ones, then the
 * breakdowns by sex and residence, then age groups, then jurisdictions no plan covers; one series in 25 with a
 * SUPERSEDED first version and its correction, one monthly value in 10 PENDING. Then ANALYZE and a checkpoint.
 */
final class Seed {

    /** A published plan with targets: what the evaluation and mixed loads ask for. */
    record Plan(String code, String jurisdiction, int targets) {
    }

    record Indicator(String code, String unit, String valueType, int from, int to) {
    }

    record Target(long id, String plan, String jurisdiction, String indicator, BigDecimal value) {
    }

    private static final String[][] BREAKDOWNS = { { "FEMALE", "TOTAL" }, { "MALE", "TOTAL" }, { "TOTAL", "URBAN" },
        { "TOTAL", "RURAL" }, { "FEMALE", "URBAN" }, { "FEMALE", "RURAL" }, { "MALE", "URBAN" }, { "MALE", "RURAL" } };
    private static final String[] AGES = { "0-14", "15-59", "60+" };
    private static final String[] SEXES = { "TOTAL", "FEMALE", "MALE" };

    final int stored;
    final List<Plan> plans;
    final List<Target> targets;
    final Map<String, Indicator> indicators;
    final int fromYear;
    final int toYear;

    private Seed(int stored, List<Plan> plans, List<Target> targets, Map<String, Indicator> indicators, int fromYear, int toYear) {
        this.stored = stored;
        this.plans = plans;
        this.targets = targets;
        this.indicators = indicators;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** The plan with the most targets (or {@code preferred} when it is one of them). */
    Plan largestPlan(String preferred) {
        for (Plan p : plans) {
            if (p.code().equals(preferred)) {
                return p;
            }
        }
        return plans.stream().max(java.util.Comparator.comparingInt(Plan::targets)).orElseThrow();
    }

    /** The values seeded once per run; the ingest parts leave the table empty, so they go before. */
    static Seed ensure(Suite suite) throws Exception {
        suite.services();
        if (suite.seed == null) {
            suite.seed = create(suite, suite.settings.integer("values"), suite.settings.integer("streets"));
        }
        return suite.seed;
    }

    static Seed create(Suite suite, int total, int streets) throws Exception {
        String admin = Http.bearer(Suite.ADMIN, "370000");
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (JsonNode i : suite.http.get(suite.url(Service.INDICATOR) + "/api/v1/catalogue/indicators", admin)) {
            indicators.put(i.path("code").asText(), new Indicator(i.path("code").asText(), i.path("unit").asText(""),
                    i.path("valueType").asText("QUANTITY"), i.path("trackedFrom").asInt(2021), i.path("trackedTo").asInt(2025)));
        }
        List<Target> targets = new ArrayList<>();
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (int page = 0;; page++) {
            JsonNode p = suite.http.get(suite.url(Service.PLAN) + "/api/v1/targets?size=200&page=" + page, null);
            for (JsonNode t : p.path("items")) {
                String indicator = t.path("indicatorCode").asText();
                if (!indicators.containsKey(indicator)) {
                    continue;
                }
                BigDecimal value = t.hasNonNull("value") ? t.get("value").decimalValue() : null;
                targets.add(new Target(t.path("id").asLong(), t.path("planCode").asText(), t.path("jurisdiction").asText(), indicator, value));
                plans.merge(t.path("planCode").asText(), new Plan(t.path("planCode").asText(), t.path("jurisdiction").asText(), 1),
                        (a, b) -> new Plan(a.code(), a.jurisdiction(), a.targets() + 1));
            }
            if (page + 1 >= p.path("totalPages").asInt(0)) {
                break;
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("plan-service serves no targets of catalogue indicators to seed values for");
        }
        int from = indicators.values().stream().mapToInt(Indicator::from).min().orElse(2021);
        int to = indicators.values().stream().mapToInt(Indicator::to).max().orElse(2025);

        // the series, in the order they are written: (indicator, jurisdiction) with the level they hover around
        Map<String, BigDecimal> pairs = new LinkedHashMap<>();
        for (Target t : targets) {
            for (String j : withBelow(t.jurisdiction(), streets)) {
                pairs.putIfAbsent(t.indicator() + "|" + j, t.value());
            }
        }
        List<String> covered = new ArrayList<>(pairs.keySet());
        suite.out.printf("Seeding %,d monitoring values by COPY: %d plans, %d targets, %,d indicator-jurisdiction series groups ...%n",
                total, plans.size(), targets.size(), covered.size());
        long t0 = System.nanoTime();
        Db db = suite.db(Service.INDICATOR);
        new IngestBenchmark(suite).reset();
        int written;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY monitoring_value (id, version, supersedes, "
                    + "indicator_code, jurisdiction, period, year, sex, residence, age_group, value, unit, department, status, "
                    + "is_current, reported_by, reported_at, reason, reviewed_by, reviewed_at) FROM STDIN");
            Writer w = new Writer(in, total, indicators);
            try {
                // 1 annual totals, 2 monthly totals, 3 annual breakdowns, 4 monthly breakdowns, 5 age groups
                for (int tier = 1; tier <= 5 && !w.full(); tier++) {
                    w.tier(tier, pairs);
                }
                // then jurisdictions no plan covers, the same indicators, until the total is reached
                List<String> codes = new ArrayList<>(indicators.keySet());
                for (int d = 1; !w.full() && d < 10_000; d++) {
                    String district = String.format("37%02d%02d", 1 + d / 100 % 17, d % 100);
                    if (covered.stream().anyMatch(k -> k.endsWith("|" + district))) {
                        continue;
                    }
                    Map<String, BigDecimal> noise = new LinkedHashMap<>();
                    for (String code : codes) {
                        noise.put(code + "|" + district, null);
                    }
                    for (int tier = 1; tier <= 5 && !w.full(); tier++) {
                        w.tier(tier, noise);
                    }
                }
                w.flush();
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            c.commit();
            written = w.rows;
        }
        double copy = (System.nanoTime() - t0) / 1e9;
        db.exec("ANALYZE monitoring_value");
        db.checkpoint();
        suite.out.printf("Seeded %,d values in %.1f s (COPY), %.1f s with ANALYZE and checkpoint%n", written, copy,
                (System.nanoTime() - t0) / 1e9);
        suite.results.info("evaluation", "seed.values", written, "", String.format("COPY %.1f s", copy));
        return new Seed(written, new ArrayList<>(plans.values()), targets, indicators, from, to);
    }

    /** The jurisdiction and those right below it: streets 001.. of a district, districts 01.. of a city. */
    static List<String> withBelow(String j, int n) {
        List<String> list = new ArrayList<>();
        list.add(j);
        if (j.length() == 6 && j.endsWith("00") && !j.endsWith("0000")) {
            for (int i = 1; i <= Math.min(n, 99); i++) {
                list.add(j.substring(0, 4) + String.format("%02d", i));
            }
        } else if (j.length() == 6 && !j.endsWith("00")) {
            for (int i = 1; i <= n; i++) {
                list.add(j + String.format("%03d", i));
            }
        }
        return list;
    }

    /** Streams rows into the COPY, a buffer at a time. */
    private static final class Writer {
        private final CopyIn in;
        private final int total;
        private final Map<String, Indicator> indicators;
        private final StringBuilder sb = new StringBuilder(1 << 17);
        private final String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        int rows;
        private int series;

        Writer(CopyIn in, int total, Map<String, Indicator> indicators) {
            this.in = in;
            this.total = total;
            this.indicators = indicators;
        }

        boolean full() {
            return rows >= total;
        }

        void tier(int tier, Map<String, BigDecimal> pairs) throws Exception {
            for (Map.Entry<String, BigDecimal> e : pairs.entrySet()) {
                String[] k = e.getKey().split("\\|");
                Indicator ind = indicators.get(k[0]);
                for (int year = ind.from(); year <= ind.to(); year++) {
                    List<String> periods = new ArrayList<>();
                    if (tier == 1 || tier == 3) {
                        periods.add(String.valueOf(year));
                    } else {
                        for (int m = 1; m <= 12; m++) {
                            periods.add(year + "-" + (m < 10 ? "0" : "") + m);
                        }
                    }
                    for (String period : periods) {
                        if (tier <= 2) {
                            row(ind, k[1], period, year, "TOTAL", "TOTAL", "TOTAL", e.getValue());
                        } else if (tier <= 4) {
                            for (String[] b : BREAKDOWNS) {
                                row(ind, k[1], period, year, b[0], b[1], "TOTAL", e.getValue());
                            }
                        } else {
                            for (String age : AGES) {
                                for (String sex : SEXES) {
                                    row(ind, k[1], period, year, sex, "TOTAL", age, e.getValue());
                                }
                            }
                        }
                        if (full()) {
                            return;
                        }
                    }
                }
            }
        }

        private void row(Indicator ind, String jurisdiction, String period, int year, String sex, String residence, String age,
                BigDecimal level) throws Exception {
            if (full()) {
                return;
            }
            series++;
            long h = hash(ind.code(), jurisdiction, period, sex, residence, age);
            BigDecimal value = value(ind, level, h);
            boolean annual = period.length() == 4;
            String status = !annual && Math.floorMod(h, 10) == 0 ? "PENDING" : "APPROVED";
            UUID id = UUID.nameUUIDFromBytes((ind.code() + jurisdiction + period + sex + residence + age).getBytes(StandardCharsets.UTF_8));
            if (series % 25 == 0 && rows + 2 <= total) {
                UUID first = new UUID(id.getMostSignificantBits(), ~id.getLeastSignificantBits());
                line(first, 1, null, ind, jurisdiction, period, year, sex, residence, age,
                        value.add(BigDecimal.ONE), "SUPERSEDED", false, null);
                line(id, 2, first, ind, jurisdiction, period, year, sex, residence, age, value, status, true, "更正录入错误");
            } else {
                line(id, 1, null, ind, jurisdiction, period, year, sex, residence, age, value, status, true, null);
            }
        }

        private void line(UUID id, int version, UUID supersedes, Indicator ind, String jurisdiction, String period, int year,
                String sex, String residence, String age, BigDecimal value, String status, boolean current, String reason)
                throws Exception {
            boolean reviewed = !status.equals("PENDING");
            sb.append(id).append('\t').append(version).append('\t').append(supersedes == null ? "\\N" : supersedes.toString())
                    .append('\t').append(ind.code()).append('\t').append(jurisdiction).append('\t').append(period).append('\t')
                    .append(year).append('\t').append(sex).append('\t').append(residence).append('\t').append(age).append('\t')
                    .append(value.toPlainString()).append('\t').append(ind.unit()).append("\t区统计局\t").append(status).append('\t')
                    .append(current ? 't' : 'f').append("\tbench-seed\t").append(now).append('\t')
                    .append(reason == null ? "\\N" : reason).append('\t').append(reviewed ? "bench-reviewer" : "\\N").append('\t')
                    .append(reviewed ? now : "\\N").append('\n');
            rows++;
            if (sb.length() > (1 << 16)) {
                flush();
            }
        }

        void flush() throws Exception {
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(b, 0, b.length);
            sb.setLength(0);
        }

        /** Around the target's level (85-115 %), or a plausible value of the type; fits the indicator's type. */
        private static BigDecimal value(Indicator ind, BigDecimal level, long h) {
            double f = 0.85 + (Math.floorMod(h, 1000) / 1000.0) * 0.3;
            double base = level != null && level.signum() > 0 ? level.doubleValue()
                    : ind.valueType().equals("PERCENTAGE") ? 80 : ind.valueType().equals("COUNT") ? 120 : 12.5;
            double v = base * f;
            if (ind.valueType().equals("PERCENTAGE")) {
                v = Math.min(v, 100);
            }
            if (ind.valueType().equals("COUNT")) {
                return BigDecimal.valueOf(Math.round(v));
            }
            return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        }

        private static long hash(String... parts) {
            long h = 1125899906842597L;
            for (String p : parts) {
                for (int i = 0; i < p.length(); i++) {
                    h = 31 * h + p.charAt(i);
                }
            }
            return h ^ (h >>> 29);
        }
    }
}
