package cn.guihua.emergency.reference;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.guihua.emergency.catalogue.EventCategory;
import cn.guihua.emergency.grading.Severity;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.Common.PlanRef;
import cn.guihua.emergency.reference.Common.StepClause;
import cn.guihua.emergency.reference.CommandTemplates.CommandPlan;
import cn.guihua.emergency.reference.ProgrammeRules.EnterpriseFiling;
import cn.guihua.emergency.reference.ProgrammeRules.Programme;
import cn.guihua.emergency.reference.ResponseRules.InformationRelease;
import cn.guihua.emergency.reference.ResponseRules.OnSiteCommand;
import cn.guihua.emergency.reference.ResponseRules.SeverityHandling;
import cn.guihua.emergency.reference.ResponseRules.Tier;
import cn.guihua.emergency.reference.WarningRules.AuthorityRow;
import cn.guihua.emergency.reference.WarningRules.ChannelList;
import cn.guihua.emergency.reference.WarningRules.LevelDef;
import cn.guihua.emergency.reference.WarningRules.LevelScheme;
import cn.guihua.emergency.reference.WarningRules.MeasureList;
import cn.guihua.emergency.reference.WarningRules.RequiredContent;
import cn.guihua.emergency.reference.ZhangdianResources.Shelter;
import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.runtime.Startup;

/**
 * The reference data of {@code src/main/resources/reference/} (warnings, responses, command structures, programmes,
 * 张店区's resource annexes), read once at start-up into typed records. Start-up fails when a file is missing, holds a
 * key the records do not know, a value of the wrong type, a rule without its {@code source} (a {@code FILE:LINE} of the
 * seeds), a plan not in {@code plans.json}, or data that contradicts itself (annex counts, coordinates and their
 * declared problems). Every rule is in force for the period of its plan ({@code plans.json}).
 */
@Startup
@ApplicationScoped
public class ReferenceData {

    static final String FOLDER = "reference/";
    private static final String RESOURCES_FILE = "resources-zhangdian.json";
    static final Pattern SOURCE = Pattern.compile("\\d{3}:\\d+(-\\d+)?");
    private static final Pattern DMS = Pattern.compile("(\\d+)°(\\d+)′(\\d+(?:\\.\\d+)?)″");

    private Map<String, PlanPeriod> plans;
    private WarningRules warnings;
    private ResponseRules responses;
    private CommandTemplates command;
    private ProgrammeRules programmes;
    private ZhangdianResources resources;
    private List<CoordinateFinding> findings;
    /** SHA-256 of each file as read, by name. */
    private final Map<String, byte[]> digests = new HashMap<>();

    /** A coordinate of a shelter that cannot be taken as a good position, found by validation (not by the file). */
    public record CoordinateFinding(String code, String name, String problem, String field, String value, double literalDecimal,
            String explanation, String source) {
    }

    @PostConstruct
    void load() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        Common.PlanPeriods periods = read(mapper, "plans.json", Common.PlanPeriods.class);
        plans = periods.plans().stream().collect(Collectors.toMap(PlanPeriod::planCode, Function.identity(), (a, b) -> {
            throw new IllegalStateException(FOLDER + "plans.json: plan " + a.planCode() + " twice");
        }, java.util.LinkedHashMap::new));
        warnings = read(mapper, "warnings.json", WarningRules.class);
        responses = read(mapper, "responses.json", ResponseRules.class);
        command = read(mapper, "command.json", CommandTemplates.class);
        programmes = read(mapper, "programmes.json", ProgrammeRules.class);
        resources = read(mapper, RESOURCES_FILE, ZhangdianResources.class);
        checkPlans("warnings.json", warnings.plans());
        checkPlans("responses.json", responses.plans());
        checkPlans("command.json", command.plans());
        checkPlans("programmes.json", programmes.plans());
        checkWarnings();
        checkResponses();
        findings = checkResources();
    }

    private <T> T read(ObjectMapper mapper, String file, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The reference file " + FOLDER + file + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            digests.put(file, MessageDigest.getInstance("SHA-256").digest(bytes));
            T value = mapper.readValue(bytes, type);
            List<String> problems = new ArrayList<>();
            walk(value, "", problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(FOLDER + file + ": " + String.join("; ", problems));
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException(FOLDER + file + " is not valid: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every record that has a {@code source} must give one, as {@code FILE:LINE} or {@code FILE:A-B}; every other
     * {@code ...Source} given must have the same form, and a quote must not be blank.
     */
    private void walk(Object node, String path, List<String> problems) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems));
            return;
        }
        if (node == null || !node.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String at = path + "." + c.getName();
            if (c.getName().equals("source") || c.getName().endsWith("Source") && value != null) {
                if (!(value instanceof String s) || !SOURCE.matcher(s).matches()) {
                    problems.add(at + (value == null ? " is missing" : " is not FILE:LINE: " + value));
                }
            }
            if ((c.getName().equals("quote") || c.getName().endsWith("Quote")) && value instanceof List<?> quotes
                    && quotes.stream().anyMatch(q -> q == null || q.toString().isBlank())) {
                problems.add(at + " has a blank quote");
            }
            if (c.getName().equals("planCode") && value != null && plans != null && !plans.containsKey(value.toString())) {
                problems.add(at + " names the unknown plan " + value);
            }
            walk(value, at, problems);
        }
    }

    private void checkPlans(String file, List<PlanRef> refs) {
        for (PlanRef ref : refs) {
            PlanPeriod p = plans.get(ref.planCode());
            if (p == null || !p.planId().equals(ref.planId()) || !p.jurisdiction().equals(ref.jurisdiction())
                    || !p.title().equals(ref.title()) || !Objects.equals(p.parentPlanCode(), ref.parentPlanCode())) {
                throw new IllegalStateException(FOLDER + file + ": plan " + ref.planCode() + " does not match plans.json");
            }
        }
    }

    private void checkWarnings() {
        Set<String> ids = new HashSet<>();
        for (AuthorityRow r : warnings.authority()) {
            if (!ids.add(r.id())) {
                throw new IllegalStateException(FOLDER + "warnings.json: authority row " + r.id() + " twice");
            }
            if ((r.level() == null) == (r.kind() == null)) {
                throw new IllegalStateException(FOLDER + "warnings.json: authority row " + r.id() + " needs a level or a kind");
            }
            if (r.level() != null) {
                LevelDef def = level(r.planCode(), r.category(), r.level()).orElseThrow(() -> new IllegalStateException(
                        FOLDER + "warnings.json: authority row " + r.id() + " has a level its plan's scheme lacks"));
                if (def.color() != r.color()) {
                    throw new IllegalStateException(FOLDER + "warnings.json: authority row " + r.id() + " has another colour");
                }
            }
        }
        for (RequiredContent c : warnings.requiredContent()) {
            if (c.inheritsFrom() != null && !plans.containsKey(c.inheritsFrom())) {
                throw new IllegalStateException(FOLDER + "warnings.json: requiredContent inherits from " + c.inheritsFrom());
            }
        }
    }

    private void checkResponses() {
        Set<String> tiers = new HashSet<>();
        for (Tier t : responses.tiers()) {
            if (!tiers.add(t.planCode() + "/" + t.tier())) {
                throw new IllegalStateException(FOLDER + "responses.json: tier " + t.tier() + " of " + t.planCode() + " twice");
            }
        }
    }

    /**
     * Counts against the annex lists, and each shelter's 度分秒 against its decimal degrees. A coordinate is a finding
     * when its notation is invalid (minutes or seconds of 60 or more) or it lies outside the district's bounding box;
     * the file must declare exactly the problems found, and a shelter with one is never searched by distance.
     */
    private List<CoordinateFinding> checkResources() {
        ZhangdianResources r = resources;
        ZhangdianResources.Counts n = r.counts();
        int vehicles = r.fireStations().stream().mapToInt(s -> s.vehicles().stream().mapToInt(ZhangdianResources.Vehicle::quantity).sum()).sum();
        int vehicleRows = r.fireStations().stream().mapToInt(s -> s.vehicles().size()).sum();
        long forest = r.fireStations().stream().filter(s -> "森林消防中队".equals(s.kind())).count();
        Map<String, Integer> byClass = new HashMap<>();
        r.shelters().forEach(s -> byClass.merge(s.shelterClass(), 1, Integer::sum));
        requireCount("depots", n.depots(), r.depots().size());
        requireCount("fireStations", n.fireStations(), r.fireStations().size());
        requireCount("forestFireTeams", n.forestFireTeams(), (int) forest);
        requireCount("fireRescueStations", n.fireRescueStations(), r.fireStations().size() - (int) forest);
        requireCount("fireVehicleRows", n.fireVehicleRows(), vehicleRows);
        requireCount("fireVehicles", n.fireVehicles(), vehicles);
        requireCount("shelters", n.shelters(), r.shelters().size());
        requireCount("medicalUnits", n.medicalUnits(), r.medicalUnits().size());
        n.sheltersByClass().forEach((c, count) -> requireCount("sheltersByClass." + c, count, byClass.getOrDefault(c, 0)));
        for (ZhangdianResources.FireStation s : r.fireStations()) {
            requireCount(s.code() + ".vehicleCount", s.vehicleCount(),
                    s.vehicles().stream().mapToInt(ZhangdianResources.Vehicle::quantity).sum());
        }
        List<CoordinateFinding> found = new ArrayList<>();
        ZhangdianResources.BoundingBox box = r.coordinateConvention().districtBoundingBox();
        for (Shelter s : r.shelters()) {
            Dms lat = dms(s.code(), s.latitudeDms());
            Dms lon = dms(s.code(), s.longitudeDms());
            requireDecimal(s.code() + ".latitude", lat.decimal(), s.latitude());
            requireDecimal(s.code() + ".longitude", lon.decimal(), s.longitude());
            CoordinateFinding finding = null;
            if (!lat.valid() || !lon.valid()) {
                boolean latitude = !lat.valid();
                finding = new CoordinateFinding(s.code(), s.name(), "INVALID_DMS", latitude ? "latitude" : "longitude",
                        latitude ? s.latitudeDms() : s.longitudeDms(), latitude ? s.latitude() : s.longitude(),
                        explanation(s), problemSource(s));
            } else if (!box.contains(s.latitude(), s.longitude())) {
                boolean latitude = s.latitude() < box.minLatitude() || s.latitude() > box.maxLatitude();
                finding = new CoordinateFinding(s.code(), s.name(), "OUT_OF_BOUNDS", latitude ? "latitude" : "longitude",
                        latitude ? s.latitudeDms() : s.longitudeDms(), latitude ? s.latitude() : s.longitude(),
                        explanation(s), problemSource(s));
            }
            String declared = s.coordinateProblem() == null ? null : s.coordinateProblem().code();
            String computed = finding == null ? null : finding.problem();
            if (!Objects.equals(declared, computed) || finding != null && !finding.field().equals(s.coordinateProblem().field())) {
                throw new IllegalStateException(FOLDER + "resources-zhangdian.json: " + s.code() + " declares the coordinate "
                        + "problem " + declared + " but validation finds " + computed);
            }
            if (finding != null) {
                found.add(finding);
            }
        }
        requireCount("sheltersWithCoordinateProblem", n.sheltersWithCoordinateProblem(), found.size());
        return List.copyOf(found);
    }

    private static String explanation(Shelter s) {
        return s.coordinateProblem() == null ? null : s.coordinateProblem().explanation();
    }

    private static String problemSource(Shelter s) {
        return s.coordinateProblem() == null ? s.source() : s.coordinateProblem().source();
    }

    private record Dms(double decimal, boolean valid) {
    }

    private static Dms dms(String code, String text) {
        Matcher m = DMS.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(FOLDER + "resources-zhangdian.json: " + code + " has the unreadable 度分秒 " + text);
        }
        double degrees = Double.parseDouble(m.group(1));
        double minutes = Double.parseDouble(m.group(2));
        double seconds = Double.parseDouble(m.group(3));
        double decimal = BigDecimal.valueOf(degrees + minutes / 60 + seconds / 3600).setScale(6, RoundingMode.HALF_UP).doubleValue();
        return new Dms(decimal, minutes < 60 && seconds < 60);
    }

    private static void requireDecimal(String what, double computed, Double declared) {
        if (declared == null || Math.abs(computed - declared) > 0.0000011) {
            throw new IllegalStateException(FOLDER + "resources-zhangdian.json: " + what + " is " + declared
                    + " but its 度分秒 give " + computed);
        }
    }

    private static void requireCount(String what, Integer declared, int actual) {
        if (declared == null || declared != actual) {
            throw new IllegalStateException(FOLDER + "resources-zhangdian.json: counts." + what + " is " + declared
                    + " but the annex lists " + actual);
        }
    }

    // ---- plans and periods

    public PlanPeriod plan(String planCode) {
        return plans.get(planCode);
    }

    public List<PlanPeriod> plans() {
        return List.copyOf(plans.values());
    }

    public Optional<PlanPeriod> planById(UUID planId) {
        return planId == null ? Optional.empty()
                : plans.values().stream().filter(p -> p.planId().equals(planId.toString())).findFirst();
    }

    /** The overall plan of the nearest enclosing jurisdiction that has one (a street follows its district's). */
    public Optional<PlanPeriod> overallPlanOf(String jurisdiction) {
        return plans.values().stream().filter(p -> "OVERALL".equals(p.planType()))
                .filter(p -> JurisdictionCodes.within(jurisdiction, p.jurisdiction()))
                .max((a, b) -> Integer.compare(JurisdictionCodes.prefix(a.jurisdiction()).length(),
                        JurisdictionCodes.prefix(b.jurisdiction()).length()));
    }

    /** The plan whose rules apply to an incident or warning: its own plan if the sources give rules for it, else its overall plan. */
    public Optional<PlanPeriod> rulesPlan(UUID planId, String jurisdiction) {
        return planById(planId).or(() -> overallPlanOf(jurisdiction));
    }

    /** The plan and its parents, nearest first: a special plan follows its overall plan where it says nothing (专项服从总体, 000:1575). */
    public List<PlanPeriod> lineage(String planCode) {
        List<PlanPeriod> chain = new ArrayList<>();
        for (PlanPeriod p = plans.get(planCode); p != null; p = p.parentPlanCode() == null ? null : plans.get(p.parentPlanCode())) {
            chain.add(p);
        }
        return chain;
    }

    // ---- warnings

    public WarningRules warnings() {
        return warnings;
    }

    public Optional<LevelDef> level(String planCode, EventCategory category, int level) {
        return warnings.levelSchemes().stream().filter(s -> s.planCode().equals(planCode) && s.categories().contains(category))
                .flatMap(s -> s.levels().stream()).filter(l -> l.level() == level).findFirst();
    }

    public List<LevelScheme> levelSchemes(String planCode) {
        return warnings.levelSchemes().stream().filter(s -> s.planCode().equals(planCode)).toList();
    }

    public Optional<AuthorityRow> authority(String planCode, EventCategory category, Integer level, NoticeKind kind) {
        return warnings.authority().stream().filter(r -> r.planCode().equals(planCode) && r.category() == category
                && Objects.equals(r.level(), level) && r.kind() == kind).findFirst();
    }

    public Optional<AuthorityRow> authority(String id) {
        return warnings.authority().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The content a plan's warnings must carry, inherited from the plan it rests on where it lists none of its own. */
    public Optional<RequiredContent> requiredContent(String planCode) {
        Optional<RequiredContent> own = warnings.requiredContent().stream().filter(c -> c.planCode().equals(planCode)).findFirst();
        if (own.isPresent() && own.get().fields().isEmpty() && own.get().inheritsFrom() != null) {
            return requiredContent(own.get().inheritsFrom());
        }
        return own;
    }

    public Optional<ChannelList> channels(String planCode, String step) {
        return warnings.channels().stream().filter(c -> c.planCode().equals(planCode) && c.appliesTo().contains(step)).findFirst();
    }

    /** The measures a warning of the plan and level may take; a list without a level applies to every level. */
    public Optional<MeasureList> measures(String planCode, Integer level) {
        return warnings.measures().stream().filter(m -> m.planCode().equals(planCode))
                .filter(m -> m.level() == null || level != null && m.level().contains(level))
                .findFirst();
    }

    /** The clause of a step (issue, adjust, lift; propose, activate, ...) of the plan or, where it says nothing, its parents. */
    public Optional<StepClause> warningStep(String planCode, String step) {
        return step(warnings.states().clauses(), planCode, step);
    }

    public Optional<StepClause> responseStep(String planCode, String step) {
        return step(responses.states().clauses(), planCode, step);
    }

    private Optional<StepClause> step(List<StepClause> clauses, String planCode, String step) {
        for (PlanPeriod p : lineage(planCode)) {
            Optional<StepClause> c = clauses.stream().filter(x -> x.planCode().equals(p.planCode()) && x.step().equals(step)).findFirst();
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    // ---- responses

    public ResponseRules responses() {
        return responses;
    }

    public List<Tier> tiers(String planCode) {
        return responses.tiers().stream().filter(t -> t.planCode().equals(planCode)).toList();
    }

    public Optional<SeverityHandling> handling(String planCode, Severity severity) {
        for (PlanPeriod p : lineage(planCode)) {
            Optional<SeverityHandling> h = responses.severityHandling().stream()
                    .filter(x -> x.planCode().equals(p.planCode()) && x.severity() == severity).findFirst();
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** The rows on who sets up the on-site command: those for the severity, then those for any severity. */
    public List<OnSiteCommand> onSiteCommand(String planCode, Severity severity) {
        List<OnSiteCommand> rows = responses.onSiteCommand().stream().filter(o -> o.planCode().equals(planCode))
                .filter(o -> o.severity() == null || o.severity() == severity)
                .sorted((a, b) -> Boolean.compare(a.severity() == null, b.severity() == null)).toList();
        return rows;
    }

    public List<InformationRelease> informationRelease(String planCode) {
        return responses.informationRelease().stream().filter(r -> r.planCode().equals(planCode)).toList();
    }

    // ---- command, programmes, resources

    public List<CommandPlan> commandPlans() {
        return command.commandPlans();
    }

    public Optional<CommandPlan> commandPlan(String planCode) {
        return command.commandPlans().stream().filter(c -> c.planCode().equals(planCode)).findFirst();
    }

    public List<Programme> programmes() {
        return programmes.programmes();
    }

    public List<EnterpriseFiling> enterpriseFiling() {
        return programmes.enterpriseFiling();
    }

    public ZhangdianResources resources() {
        return resources;
    }

    /** The SHA-256 of 张店区's resource annexes file as read. */
    public byte[] resourcesDigest() {
        return digests.get(RESOURCES_FILE).clone();
    }

    public List<CoordinateFinding> coordinateFindings() {
        return findings;
    }

    /** Whether the rules of the plan are in force on the day. */
    public boolean inForce(String planCode, LocalDate day) {
        PlanPeriod p = plans.get(planCode);
        return p != null && p.inForceOn(day);
    }
}
