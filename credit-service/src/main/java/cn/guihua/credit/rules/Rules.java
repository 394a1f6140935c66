package cn.guihua.credit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.guihua.credit.rules.RuleFiles.DemoStreetFile;
import cn.guihua.credit.rules.RuleFiles.Group;
import cn.guihua.credit.rules.RuleFiles.Level;
import cn.guihua.credit.rules.RuleFiles.MarketEntityFile;
import cn.guihua.credit.rules.RuleFiles.ObjectionsFile;
import cn.guihua.credit.rules.RuleFiles.ParameterDefinition;
import cn.guihua.credit.rules.RuleFiles.ParametersFile;
import cn.guihua.credit.rules.RuleFiles.PersonalFile;
import cn.guihua.credit.rules.RuleFiles.PublicServantFile;
import cn.guihua.credit.rules.RuleFiles.Row;
import io.quarkus.runtime.Startup;

/**
 * The rules as data, read once at start-up from {@code rules/*.json} and checked: a key the records do not know, a row
 * code that is referenced but missing, a parameter that is named but not defined, a rule without its seed line or
 * quote, or level bands with gaps all stop the service from starting, with the reason.
 */
@ApplicationScoped
@Startup
public class Rules {

    static final Pattern SOURCE = Pattern.compile("^002:(\\d+)(-(\\d+))?$");
    /** Seed 002's lines of the five documents (issue 15). */
    static final int FIRST_LINE = 367;
    static final int LAST_LINE = 3349;

    private final MarketEntityFile marketEntity;
    private final PersonalFile personal;
    private final PublicServantFile publicServant;
    private final ObjectionsFile objections;
    private final DemoStreetFile demoStreet;
    private final ParametersFile parameters;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, ParameterDefinition> parameterDefinitions = new LinkedHashMap<>();

    public Rules() {
        this(Rules::resource);
    }

    /** Reads the files from {@code files} (a file name to its content): tests feed broken copies. */
    public Rules(Function<String, InputStream> files) {
        ObjectMapper json = strictMapper();
        marketEntity = read(json, files, "market-entity.json", MarketEntityFile.class);
        personal = read(json, files, "personal.json", PersonalFile.class);
        publicServant = read(json, files, "public-servant.json", PublicServantFile.class);
        objections = read(json, files, "objections.json", ObjectionsFile.class);
        demoStreet = read(json, files, "demo-street.json", DemoStreetFile.class);
        parameters = read(json, files, "parameters.json", ParametersFile.class);
        List<String> problems = new ArrayList<>();
        for (ParameterDefinition p : parameters.parameters()) {
            if (parameterDefinitions.put(p.name(), p) != null) {
                problems.add("parameter " + p.name() + " is defined twice");
            }
            if (p.decides() == null || p.decides().isBlank() || p.legalBasisOfSetter() == null) {
                problems.add("parameter " + p.name() + " has no decides or legalBasisOfSetter");
            } else {
                checkSource("parameter " + p.name() + " legalBasisOfSetter", p.legalBasisOfSetter().source(),
                        p.legalBasisOfSetter().quote(), problems);
            }
        }
        index("ME", marketEntity.rows(), marketEntity.groups(), problems);
        index("PE", personal.rows(), personal.groups(), problems);
        index("PS", publicServant.rows(), publicServant.groups(), problems);
        check(problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The credit rules in rules/*.json are not valid:\n  - " + String.join("\n  - ", problems));
        }
    }

    static ObjectMapper strictMapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    static InputStream resource(String file) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return (cl == null ? Rules.class.getClassLoader() : cl).getResourceAsStream("rules/" + file);
    }

    private static <T> T read(ObjectMapper json, Function<String, InputStream> files, String file, Class<T> type) {
        try (InputStream in = files.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing rules file rules/" + file);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules/" + file + ": " + e.getMessage(), e);
        }
    }

    private void index(String prefix, List<Row> list, List<Group> groupList, List<String> problems) {
        Pattern code = Pattern.compile("^" + prefix + "-\\d{2}-\\d{2}$");
        int expectedAnnexRow = 1;
        for (Row r : list) {
            if (r.code() == null || !code.matcher(r.code()).matches()) {
                problems.add("row code " + r.code() + " is not " + prefix + "-gg-rr");
                continue;
            }
            if (rows.put(r.code(), r) != null) {
                problems.add("row " + r.code() + " appears twice");
            }
            if (r.annexRow() != expectedAnnexRow++) {
                problems.add("row " + r.code() + " has annexRow " + r.annexRow() + ", expected " + (expectedAnnexRow - 1));
            }
            if (r.description() == null || r.description().isBlank() || r.kind() == null || r.points() == null
                    || r.points().type() == null || r.infoType() == null) {
                problems.add("row " + r.code() + " lacks its description, kind, infoType or points");
                continue;
            }
            checkSource("row " + r.code(), r.source(), r.quote(), problems);
            if (r.quote() != null && !r.quote().startsWith(r.description())) {
                problems.add("row " + r.code() + ": the quote does not start with the printed criterion");
            }
            checkPoints(r, problems);
        }
        for (Group g : groupList) {
            if (groups.put(g.code(), g) != null) {
                problems.add("group " + g.code() + " appears twice");
            }
            for (String row : g.rows()) {
                Row r = rows.get(row);
                if (r == null) {
                    problems.add("group " + g.code() + " names unknown row " + row);
                } else if (!r.group().equals(g.code())) {
                    problems.add("group " + g.code() + " names row " + row + " of another group");
                }
            }
            if (g.annualCap() != null) {
                checkSource("group " + g.code() + " annualCap", g.annualCap().source(), g.annualCap().quote(), problems);
                parameter("group " + g.code(), g.annualCap().capPeriodParameter(), problems);
                parameter("group " + g.code(), g.annualCap().scopeParameter(), problems);
                if (g.annualCap().appliesTo() != null) {
                    g.annualCap().appliesTo().forEach(row -> rowExists("group " + g.code() + " annualCap", row, problems));
                }
            }
            parameter("group " + g.code(), g.tierMethodParameter(), problems);
            if (g.tiers() != null) {
                g.tiers().forEach(t -> rowExists("group " + g.code() + " tiers", t.row(), problems));
            }
        }
        Set<String> grouped = new HashSet<>();
        groupList.forEach(g -> grouped.addAll(g.rows()));
        list.stream().filter(r -> r.code() != null && r.code().startsWith(prefix) && !grouped.contains(r.code()))
                .forEach(r -> problems.add("row " + r.code() + " belongs to no group"));
    }

    private void checkPoints(Row r, List<String> problems) {
        RuleFiles.Points p = r.points();
        String where = "row " + r.code();
        switch (p.type()) {
            case FIXED -> {
                if (p.value() == null || (r.kind() == RuleFiles.Kind.ADD) != (p.value() > 0)) {
                    problems.add(where + ": a FIXED row needs a value whose sign matches its kind");
                }
            }
            case RANGE -> {
                if (p.min() == null || p.max() == null || p.min() > p.max()
                        || (r.kind() == RuleFiles.Kind.ADD) != (p.min() > 0) || (r.kind() == RuleFiles.Kind.ADD) != (p.max() > 0)) {
                    problems.add(where + ": a RANGE row needs min <= max with the sign of its kind");
                }
            }
            case RATE_TIER -> {
                if (p.cash() == null || p.goods() == null) {
                    problems.add(where + ": a RATE_TIER row needs its cash and goods bands");
                }
            }
            case MARGINAL_RATE -> {
                if (p.perYuan() == null || p.fromYuan() == null && p.aboveYuan() == null) {
                    problems.add(where + ": a MARGINAL_RATE row needs perYuan and fromYuan or aboveYuan");
                }
            }
            case THRESHOLD_TIER -> {
                if (p.hoursAtLeast() == null || p.tierPoints() == null) {
                    problems.add(where + ": a THRESHOLD_TIER row needs hoursAtLeast and tierPoints");
                }
            }
            case AMOUNT_TIER -> {
                if (p.fromYuan() == null || p.tierPoints() == null) {
                    problems.add(where + ": an AMOUNT_TIER row needs fromYuan and tierPoints");
                }
            }
            case PER_UNIT -> {
                if (p.perHours() == null || p.pointsPerUnit() == null) {
                    problems.add(where + ": a PER_UNIT row needs perHours and pointsPerUnit");
                }
            }
            default -> problems.add(where + ": unknown points type");
        }
        parameter(where, p.tierMethodParameter(), problems);
        parameter(where, p.roundingParameter(), problems);
        parameter(where, p.aggregationParameter(), problems);
        parameter(where, p.capPeriodParameter(), problems);
        parameter(where, r.validityParameter(), problems);
        parameter(where, r.downgradeParameter(), problems);
        if (r.amountBracket() != null) {
            parameter(where, r.amountBracket().boundaryParameter(), problems);
        }
        if (r.validityRule() != null) {
            parameter(where, r.validityRule().parameter(), problems);
            parameter(where, r.validityRule().fallbackParameter(), problems);
            checkSource(where + " validityRule", r.validityRule().source(), r.validityRule().quote(), problems);
        }
        if (r.validityMonths() == null && r.validityParameter() == null
                && (r.validityRule() == null || r.validityRule().type() == null)) {
            problems.add(where + " says neither its validity nor what decides it");
        }
    }

    private void check(List<String> problems) {
        for (Row r : rows.values()) {
            rowExists("row " + r.code() + " duplicateOf", r.duplicateOf(), problems);
            rowExists("row " + r.code() + " oneLevelLower", r.oneLevelLower(), problems);
        }
        personal.downgrade().rows().forEach(row -> rowExists("personal downgrade", row, problems));
        personal.downgrade().rowsByParameter().forEach((row, p) -> {
            rowExists("personal downgrade", row, problems);
            parameter("personal downgrade", p, problems);
        });
        rowExists("personal repair", personal.repair().rule().effect().resultRow(), problems);
        parameter("personal repair", personal.repair().rule().effect().validityStartParameter(), problems);
        parameter("personal scope", personal.scope().ageParameter(), problems);
        parameter("personal validity", personal.validity().endConventionParameter(), problems);
        personal.annualNoDeductionReward().parameters().forEach(p -> parameter("personal reward", p, problems));
        parameter("market-entity downgrade", marketEntity.downgrade().durationParameter(), problems);
        objections.marketEntity().clocks().forEach(c -> {
            checkSource("objection clock " + c.id(), c.source(), c.quote(), problems);
            parameter("objection clock " + c.id(), c.fromParameter(), problems);
        });
        for (RuleFiles.Document d : List.of(marketEntity.document(), personal.document(), publicServant.document(),
                demoStreet.document())) {
            if (d.effectiveFrom() == null || d.effectiveTo() == null || !d.effectiveFrom().isBefore(d.effectiveTo())) {
                problems.add(d.docNumber() + " has no effective period");
            }
            checkSource(d.docNumber() + " effective", d.effective().source(), d.effective().quote(), problems);
            parameter(d.docNumber(), d.effectiveToInclusiveParameter(), problems);
        }
        bands("market-entity", marketEntity.levels(), problems);
        bands("personal", personal.levels(), problems);
        for (Level l : marketEntity.levels()) {
            if (marketEntity.supervisionClasses().stream().noneMatch(c -> c.key().equals(l.supervisionClass()))) {
                problems.add("market-entity level " + l.code() + " has unknown class " + l.supervisionClass());
            }
        }
        Integer above = null;
        for (RuleFiles.StarLevel s : publicServant.starLevels()) {
            checkSource("star level " + s.stars(), s.source(), s.quote(), problems);
            if (above != null && (s.max() == null || s.max() + 1 != above)) {
                problems.add("star level " + s.stars() + " does not join the band above it");
            }
            above = s.min();
        }
        marketEntity.exclusions().forEach(e -> checkSource("exclusion " + e.id(), e.source(), e.quote(), problems));
        marketEntity.aggregation().rules().forEach(a -> checkSource("aggregation " + a.id(), a.source(), a.quote(), problems));
        marketEntity.informationTypes().forEach(t -> checkSource("information type " + t.key(), t.source(), t.quote(), problems));
        personal.calculationPrinciples().forEach(p -> checkSource("personal principle " + p.no(), p.source(), p.quote(), problems));
        publicServant.principles().forEach(p -> checkSource("servant principle " + p.no(), p.source(), p.quote(), problems));
        checkSource("demo-street targets", demoStreet.targets().source(), demoStreet.targets().quote(), problems);
        demoStreet.targets().items().forEach(t -> parameter("demo-street target " + t.key(), t.countingParameter(), problems));
        parameter("demo-street colours", demoStreet.colourLists().criteriaParameter(), problems);
    }

    private void bands(String model, List<Level> levels, List<String> problems) {
        Integer above = null;
        for (Level l : levels) {
            checkSource(model + " level " + l.code(), l.source(), l.quote(), problems);
            if (Boolean.TRUE.equals(l.byDowngradeOnly())) {
                continue;
            }
            if (above != null && (l.max() == null || l.max() + 1 != above)) {
                problems.add(model + " level " + l.code() + " does not join the band above it");
            }
            above = l.min();
        }
        if (above != null) {
            problems.add(model + ": the lowest band by score must be open below");
        }
    }

    private void rowExists(String where, String row, List<String> problems) {
        if (row != null && !rows.containsKey(row)) {
            problems.add(where + " names unknown row " + row);
        }
    }

    private void parameter(String where, String name, List<String> problems) {
        if (name != null && !parameterDefinitions.containsKey(name)) {
            problems.add(where + " names undefined parameter " + name);
        }
    }

    static void checkSource(String where, String source, String quote, List<String> problems) {
        if (source == null || quote == null || quote.isBlank()) {
            problems.add(where + " has no source or no quote");
            return;
        }
        var m = SOURCE.matcher(source);
        if (!m.matches()) {
            problems.add(where + " has source " + source + ", not 002:LINE");
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
        if (first < FIRST_LINE || last > LAST_LINE || last < first) {
            problems.add(where + " cites 002:" + first + "-" + last + ", outside the documents (002:367-3349)");
        }
    }

    public MarketEntityFile marketEntity() {
        return marketEntity;
    }

    public PersonalFile personal() {
        return personal;
    }

    public PublicServantFile publicServant() {
        return publicServant;
    }

    public ObjectionsFile objections() {
        return objections;
    }

    public DemoStreetFile demoStreet() {
        return demoStreet;
    }

    public ParametersFile parametersFile() {
        return parameters;
    }

    /** A row of any annex by its code; null when there is none. */
    public Row row(String code) {
        return code == null ? null : rows.get(code);
    }

    public Map<String, Row> rows() {
        return Collections.unmodifiableMap(rows);
    }

    public Group group(String code) {
        return groups.get(code);
    }

    public ParameterDefinition parameter(String name) {
        return parameterDefinitions.get(name);
    }

    public Map<String, ParameterDefinition> parameters() {
        return Collections.unmodifiableMap(parameterDefinitions);
    }

    /** Runs {@code check} over every row of a model: tests use it. */
    public void eachRow(String prefix, Consumer<Row> check) {
        rows.values().stream().filter(r -> r.code().startsWith(prefix)).forEach(check);
    }
}
