package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.application.Application;
import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.application.Origin;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;
import io.quarkus.panache.common.Sort;

/** Assessments of streets and villages, their scores and the yearly selection with its rewards. */
@ApplicationScoped
public class FarmlandService {

    public static final String POLICY = "HUAIYIN_FARMLAND";
    private static final TypeReference<Map<String, PrefilledValue>> PREFILLED = new TypeReference<>() {
    };

    @Inject
    RuleBook rules;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Applications applications;

    /** The rules of a selection year are those in force on its first day. */
    public static LocalDate asOf(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public RuleSet ruleSet(int year) {
        return rules.rules(POLICY, asOf(year));
    }

    @Transactional
    public FarmlandAssessment create(NewAssessment body) {
        String code = body.jurisdiction();
        caller.requireJurisdiction(code);
        RuleSet rs = ruleSet(body.year());
        String district = rules.policy(POLICY).jurisdiction;
        if (!code.startsWith(district)) {
            throw ProblemException.invalid("jurisdiction", "farmland.huaiyin-only", district);
        }
        if (FarmlandAssessment.count("jurisdiction = ?1 and year = ?2", code, body.year()) > 0) {
            throw ProblemException.conflict("farmland.assessed-already", code, body.year());
        }
        UnitType type = UnitType.of(code);
        if (type == UnitType.VILLAGE) {
            Rule selection = rs.get("SELECTION");
            long already = FarmlandAssessment.count("street = ?1 and year = ?2 and unitType = ?3", code.substring(0, 9), body.year(), UnitType.VILLAGE);
            if (already >= selection.number("maxVillagesPerStreet").intValue()) {
                throw ProblemException.conflict("farmland.villages-per-street", code.substring(0, 9), already,
                        selection.number("maxVillagesPerStreet").intValue(), selection.clause().ref());
            }
        }
        FarmlandAssessment a = new FarmlandAssessment();
        a.id = UUID.randomUUID();
        a.year = body.year();
        a.jurisdiction = code;
        a.district = code.substring(0, 6);
        a.street = code.substring(0, 9);
        a.unitType = type;
        a.name = body.name().strip();
        a.createdBy = caller.subject();
        setInputs(a, body.inputs());
        a.persist();
        audit.record("farmland.assessment.created", "FarmlandAssessment", a.id, body);
        return a;
    }

    @Transactional
    public FarmlandAssessment update(UUID id, AssessmentUpdate body) {
        FarmlandAssessment a = find(id);
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), a.version);
        if (FarmlandRanking.count("district = ?1 and year = ?2", a.district, a.year) > 0) {
            throw ProblemException.conflict("farmland.assessment-final", a.year);
        }
        setInputs(a, body.inputs());
        audit.record("farmland.assessment.updated", "FarmlandAssessment", a.id, body);
        FarmlandAssessment.getEntityManager().flush();
        return a;
    }

    /** Takes the inputs given and fills the absent figures from the approved monitoring values of the year before. */
    private void setInputs(FarmlandAssessment a, FarmlandInputs given) {
        FarmlandInputs in = given == null ? new FarmlandInputs(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null) : given;
        Map<String, PrefilledValue> prefilled = new LinkedHashMap<>();
        int dataYear = a.year - 1;
        in = new FarmlandInputs(
                fill(in.cultivatedArea(), "cultivatedArea", "FARMLAND_CULTIVATED_AREA", a.jurisdiction, dataYear, prefilled),
                fill(in.cultivatedTarget(), "cultivatedTarget", "FARMLAND_CULTIVATED_TARGET", a.jurisdiction, dataYear, prefilled),
                fill(in.permanentBasicArea(), "permanentBasicArea", "FARMLAND_PERMANENT_BASIC_AREA", a.jurisdiction, dataYear, prefilled),
                fill(in.permanentBasicTarget(), "permanentBasicTarget", "FARMLAND_PERMANENT_BASIC_TARGET", a.jurisdiction, dataYear, prefilled),
                fill(in.illegalOccupationRatio(), "illegalOccupationRatio", "FARMLAND_ILLEGAL_OCCUPATION_RATIO", a.jurisdiction, dataYear, prefilled),
                in.newPatchRatio(), in.districtPatchRatio(), in.measures(), in.promotedCityOrAbove(), in.promotedDistrict(),
                in.demonstrationAccepted(), in.demonstrationReverified(), in.lastYearIncentive(), in.fundsPassedToVillages(),
                in.fundsUsedInScope(), in.accountability(), in.severeNonFarming());
        a.inputs = write(in);
        a.prefilled = write(prefilled);
        a.updatedAt = OffsetDateTime.now();
    }

    private static BigDecimal fill(BigDecimal given, String field, String indicator, String jurisdiction, int year,
            Map<String, PrefilledValue> prefilled) {
        if (given != null) {
            return given;
        }
        FarmlandFigure f = FarmlandFigure.find("jurisdiction = ?1 and indicatorCode = ?2 and year = ?3", jurisdiction, indicator, year)
                .firstResult();
        if (f == null) {
            return null;
        }
        prefilled.put(field, new PrefilledValue(indicator, f.period, f.value, f.valueId, f.valueVersion));
        return f.value;
    }

    /** An assessment, 404 when there is none, 403 unless it lies in the caller's jurisdiction (every read by id). */
    public FarmlandAssessment find(UUID id) {
        FarmlandAssessment a = FarmlandAssessment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("thing.farmland-assessment", id);
        }
        caller.requireJurisdiction(a.jurisdiction);
        return a;
    }

    public FarmlandInputs inputs(FarmlandAssessment a) {
        try {
            return json.readValue(a.inputs, FarmlandInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public AssessmentView view(FarmlandAssessment a) {
        FarmlandInputs in = inputs(a);
        FarmlandScoring scoring = new FarmlandScoring(ruleSet(a.year));
        ScoreSummary score = ScoreSummary.of(scoring.score(a.unitType, in, average(a)));
        try {
            return new AssessmentView(a.id, a.year, a.district, a.jurisdiction, a.name, a.unitType, a.street, in,
                    json.readValue(a.prefilled, PREFILLED), score, a.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ScoreExplanation explain(FarmlandAssessment a) {
        FarmlandInputs in = inputs(a);
        FarmlandScoring scoring = new FarmlandScoring(ruleSet(a.year));
        BigDecimal avg = average(a);
        return new ScoreExplanation(a.id, a.jurisdiction, a.year, asOf(a.year), avg,
                ScoreSummary.of(scoring.score(a.unitType, in, avg)), scoring.explain(a.unitType, in, avg));
    }

    /** Item 一.3's base: the average cultivated area of the district's streets, or of the villages of the same street. */
    BigDecimal average(FarmlandAssessment a) {
        List<FarmlandAssessment> peers = a.unitType == UnitType.STREET
                ? FarmlandAssessment.list("district = ?1 and year = ?2 and unitType = ?3", a.district, a.year, UnitType.STREET)
                : FarmlandAssessment.list("street = ?1 and year = ?2 and unitType = ?3", a.street, a.year, UnitType.VILLAGE);
        List<FarmlandInputs> inputs = peers.stream().map(this::inputs).toList();
        return averageArea(inputs);
    }

    static BigDecimal averageArea(List<FarmlandInputs> peers) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (FarmlandInputs p : peers) {
            if (p.cultivatedArea() != null) {
                sum = sum.add(p.cultivatedArea());
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
    }

    private record Candidate(FarmlandAssessment a, FarmlandInputs in, BigDecimal average, FarmlandScoring.Score score) {
    }

    @Transactional
    public RankingView rank(RankingRequest req) {
        caller.requireJurisdiction(req.district());
        RuleSet rs = ruleSet(req.year());
        Rule selection = rs.get("SELECTION");
        checkCount("streets", req.streets(), selection.number("minStreets").intValue(), selection.number("maxStreets").intValue(), selection);
        checkCount("villages", req.villages(), selection.number("minVillages").intValue(), selection.number("maxVillages").intValue(), selection);
        if (FarmlandRanking.count("district = ?1 and year = ?2", req.district(), req.year()) > 0) {
            throw ProblemException.conflict("farmland.selection-made", req.district(), req.year());
        }
        FarmlandScoring scoring = new FarmlandScoring(rs);
        List<FarmlandAssessment> all = FarmlandAssessment.list("district = ?1 and year = ?2", Sort.by("jurisdiction"), req.district(), req.year());
        Map<String, List<FarmlandInputs>> peers = new HashMap<>();
        Map<UUID, FarmlandInputs> inputs = new HashMap<>();
        for (FarmlandAssessment a : all) {
            FarmlandInputs in = inputs(a);
            inputs.put(a.id, in);
            peers.computeIfAbsent(peerGroup(a), k -> new ArrayList<>()).add(in);
        }
        Map<String, BigDecimal> averages = new HashMap<>();
        peers.forEach((k, v) -> averages.put(k, averageArea(v)));
        List<Candidate> streets = new ArrayList<>();
        List<Candidate> villages = new ArrayList<>();
        for (FarmlandAssessment a : all) {
            BigDecimal avg = averages.get(peerGroup(a));
            Candidate c = new Candidate(a, inputs.get(a.id), avg, scoring.score(a.unitType, inputs.get(a.id), avg));
            (a.unitType == UnitType.STREET ? streets : villages).add(c);
        }
        Comparator<Candidate> order = Comparator.<Candidate>comparingInt(c -> c.score().qualifies() ? 0 : 1)
                .thenComparing(Comparator.<Candidate>comparingInt(c -> c.score().total()).reversed())
                .thenComparing(c -> c.a().jurisdiction);
        streets.sort(order);
        villages.sort(order);
        Rule reward = rs.get("REWARD");
        boolean[] tie = { false };
        List<RankedUnit> streetUnits = select(streets, req.streets(), Integer.MAX_VALUE, reward.number("street"), rs, scoring, req, tie);
        List<RankedUnit> villageUnits = select(villages, req.villages(), selection.number("maxVillagesPerStreet").intValue(),
                reward.number("village"), rs, scoring, req, tie);
        RankingView view = new RankingView(req.district(), req.year(), asOf(req.year()), streetUnits, villageUnits, tie[0],
                caller.subject(), OffsetDateTime.now());
        FarmlandRanking r = new FarmlandRanking();
        r.district = req.district();
        r.year = req.year();
        r.result = write(view);
        r.madeBy = view.madeBy();
        r.madeAt = view.madeAt();
        r.persist();
        audit.record("farmland.ranking.made", "FarmlandRanking", req.district() + "/" + req.year(), req);
        return view;
    }

    private List<RankedUnit> select(List<Candidate> ranked, int wanted, int perStreet, BigDecimal amount, RuleSet rs,
            FarmlandScoring scoring, RankingRequest req, boolean[] tie) {
        List<RankedUnit> out = new ArrayList<>();
        Map<String, Integer> perStreetCount = new HashMap<>();
        int selected = 0;
        Integer lastSelectedTotal = null;
        for (Candidate c : ranked) {
            FarmlandScoring.Score s = c.score();
            String note = null;
            boolean pick = false;
            if (s.qualifies()) {
                if (selected >= wanted) {
                    note = "名额已满";
                    if (lastSelectedTotal != null && lastSelectedTotal == s.total()) {
                        tie[0] = true;
                    }
                } else if (perStreetCount.getOrDefault(c.a().street, 0) >= perStreet) {
                    note = "本街道已有 " + perStreet + " 个村入选（" + rs.get("SELECTION").clause().ref() + "）";
                } else {
                    pick = true;
                }
            }
            UUID applicationId = null;
            BigDecimal reward = null;
            if (pick) {
                selected++;
                lastSelectedTotal = s.total();
                perStreetCount.merge(c.a().street, 1, Integer::sum);
                reward = Calculation.yuan(amount);
                applicationId = award(c, reward, rs, scoring, req).id;
            }
            out.add(new RankedUnit(c.a().jurisdiction, c.a().name, c.a().unitType, c.a().street, s.total(), s.excluded(),
                    s.disqualifications(), pick, reward, applicationId, note));
        }
        return out;
    }

    /** Opens the approved award of a selected unit, with the score and selection frozen as its calculation. */
    private Application award(Candidate c, BigDecimal reward, RuleSet rs, FarmlandScoring scoring, RankingRequest req) {
        List<Step> steps = new ArrayList<>(scoring.explain(c.a().unitType, c.in(), c.average()));
        Rule selection = rs.get("SELECTION");
        steps.add(selection.step(Map.of("streets", req.streets(), "villages", req.villages()), Map.of("total", c.score().total()),
                true, "按得分排序入选"));
        Rule rewardRule = rs.get("REWARD");
        steps.add(rewardRule.step(Map.of("unitType", c.a().unitType), Map.of(), reward, null));
        steps.add(rs.get("NO_INDIVIDUALS").step(Map.of("beneficiaryType", c.a().unitType), Map.of(), true, "奖励发放给" +
                (c.a().unitType == UnitType.STREET ? "街道" : "村") + "，不发放到个人"));
        Rule plan = rs.get("FUND_USE_PLAN");
        steps.add(plan.step(Map.of(), Map.of("months", plan.number("months")), null, "资金发放后 1 个月内须制定资金使用方案"));
        Calculation calc = new Calculation(POLICY, asOf(req.year()), CalculationStatus.CALCULATED, reward,
                rewardRule.clause().quote(), steps);
        return applications.openDecided(POLICY, String.valueOf(req.year()),
                c.a().unitType == UnitType.STREET ? BeneficiaryType.STREET : BeneficiaryType.VILLAGE, c.a().jurisdiction,
                c.a().name, c.a().jurisdiction, Origin.RANKING, calc);
    }

    private static String peerGroup(FarmlandAssessment a) {
        return a.unitType == UnitType.STREET ? a.district : a.street;
    }

    private static void checkCount(String field, int value, int min, int max, Rule selection) {
        if (value < min || value > max) {
            throw ProblemException.invalid(field, "farmland.count-range", min, max, selection.clause().ref(), selection.clause().quote());
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
