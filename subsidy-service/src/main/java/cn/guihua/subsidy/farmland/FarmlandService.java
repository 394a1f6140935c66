package cn.guihua.subsidy.farmland;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.application.Application;
import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.application.Origin;
import cn.guihua.subsidy.notice.Notices;
import cn.guihua.subsidy.rules.Calculation;
import cn.guihua.subsidy.rules.CalculationStatus;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.rules.Step;

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

    @Inject
    Notices notices;

    @Inject
    FarmlandNotices farmlandNotices;

    @Inject
    Parameters parameters;

    /**
     * The day a selection year is judged on: the day its selection was made, or before it is made the last day of the
     * year on which the measure is in force (1 January when it is in force on none, which the rules refuse with 422).
     */
    public LocalDate asOf(String district, int year) {
        FarmlandRanking r = FarmlandRanking.find("district = ?1 and year = ?2", district, year).firstResult();
        return r != null && r.selectedOn != null ? r.selectedOn : rules.yearDate(POLICY, year);
    }

    public RuleSet ruleSet(String district, int year) {
        return rules.rules(POLICY, asOf(district, year));
    }

    @Transactional
    public FarmlandAssessment create(NewAssessment body) {
        String code = body.jurisdiction();
        caller.requireJurisdiction(code);
        String district = rules.policy(POLICY).jurisdiction;
        RuleSet rs = ruleSet(district, body.year());
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
                in.fundsUsedInScope(), in.accountability(), in.severeNonFarming(), in.demonstrationAcceptedOn());
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
        FarmlandScoring scoring = new FarmlandScoring(ruleSet(a.district, a.year));
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
        FarmlandScoring scoring = new FarmlandScoring(ruleSet(a.district, a.year));
        BigDecimal avg = average(a);
        return new ScoreExplanation(a.id, a.jurisdiction, a.year, asOf(a.district, a.year), avg,
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

    /** One assessment as the ranking reads it: the row's few columns, never a managed entity. */
    private record Unit(String district, String jurisdiction, String name, UnitType unitType, String street, FarmlandInputs in) {
    }

    /** A unit in the running; compared by identity (a record's equals and hash went through every input and score). */
    private record Candidate(Unit a, FarmlandInputs in, BigDecimal average, FarmlandScoring.Score score, boolean preferred) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Transactional
    public RankingView rank(RankingRequest req) {
        caller.requireJurisdiction(req.district());
        LocalDate selectedOn = req.selectedOn() == null ? LocalDate.now() : req.selectedOn();
        if (selectedOn.getYear() != req.year()) {
            throw ProblemException.invalid("selectedOn", "farmland.selected-in-year", req.year());
        }
        LocalDate postedOn = req.noticePostedOn() == null ? selectedOn : req.noticePostedOn();
        if (postedOn.isBefore(selectedOn)) {
            throw ProblemException.invalid("noticePostedOn", "farmland.notice-before-selection");
        }
        RuleSet rs = rules.rules(POLICY, selectedOn);
        Rule selection = rs.get("SELECTION");
        checkCount("streets", req.streets(), selection.number("minStreets").intValue(), selection.number("maxStreets").intValue(), selection);
        checkCount("villages", req.villages(), selection.number("minVillages").intValue(), selection.number("maxVillages").intValue(), selection);
        if (FarmlandRanking.count("district = ?1 and year = ?2", req.district(), req.year()) > 0) {
            throw ProblemException.conflict("farmland.selection-made", req.district(), req.year());
        }
        FarmlandScoring scoring = new FarmlandScoring(rs);
        Rule demonstration = rs.get("DEMONSTRATION_PREFERENCE");
        int acceptanceMonth = demonstration.number("acceptanceByEndOfMonth").intValue();
        ParameterUse preference = parameters.use(demonstration.parameter("preferenceParameter"), rules.policy(POLICY).jurisdiction, selectedOn);
        List<Unit> all = units(req.district(), req.year());
        Map<String, List<FarmlandInputs>> peers = new HashMap<>();
        for (Unit a : all) {
            peers.computeIfAbsent(peerGroup(a.unitType(), a.district(), a.street()), k -> new ArrayList<>()).add(a.in());
        }
        Map<String, BigDecimal> averages = new HashMap<>();
        peers.forEach((k, v) -> averages.put(k, averageArea(v)));
        List<Candidate> streets = new ArrayList<>();
        List<Candidate> villages = new ArrayList<>();
        boolean anyPreferred = false;
        for (Unit a : all) {
            BigDecimal avg = averages.get(peerGroup(a.unitType(), a.district(), a.street()));
            FarmlandInputs in = a.in();
            LocalDate accepted = in.demonstrationAcceptedOn();
            boolean preferred = accepted != null && accepted.getYear() == req.year() && accepted.getMonthValue() <= acceptanceMonth;
            Candidate c = new Candidate(a, in, avg, scoring.score(a.unitType(), in, avg), preferred);
            anyPreferred |= preferred && c.score().qualifies();
            (a.unitType() == UnitType.STREET ? streets : villages).add(c);
        }
        // 000:1749 示范 units "可优先": how is the officer's parameter; disqualification always comes first
        Comparator<Candidate> qualifiesFirst = Comparator.comparingInt(c -> c.score().qualifies() ? 0 : 1);
        Comparator<Candidate> byScore = Comparator.<Candidate>comparingInt(c -> c.score().total()).reversed();
        Comparator<Candidate> preferredFirst = Comparator.comparingInt(c -> c.preferred() ? 0 : 1);
        Comparator<Candidate> order = preference.is("AHEAD_OF_SCORE") ? qualifiesFirst.thenComparing(preferredFirst).thenComparing(byScore)
                : preference.is("TIE_BREAK") ? qualifiesFirst.thenComparing(byScore).thenComparing(preferredFirst) : qualifiesFirst.thenComparing(byScore);
        order = order.thenComparing(c -> c.a().jurisdiction());
        streets.sort(order);
        villages.sort(order);
        List<ParameterName> missing = new ArrayList<>();
        if (anyPreferred && !preference.set()) {
            missing.add(preference.name());
        }
        Rule reward = rs.get("REWARD");
        boolean[] tie = { false };
        Selection streetPicks = select(streets, req.streets(), Integer.MAX_VALUE, rs, tie, preference);
        Selection villagePicks = select(villages, req.villages(), selection.number("maxVillagesPerStreet").intValue(), rs, tie, preference);
        // every award's duplicate check in one query, in the order the awards are opened below (the streets' first)
        List<String> awarded = new ArrayList<>();
        streetPicks.inOrder().forEach(c -> awarded.add(c.a().jurisdiction()));
        villagePicks.inOrder().forEach(c -> awarded.add(c.a().jurisdiction()));
        applications.refuseDuplicates(POLICY, String.valueOf(req.year()), awarded);
        List<Application> awards = new ArrayList<>();
        List<RankedUnit> streetUnits = WrittenList.of(
                rankedUnits(streetPicks, reward.number("street"), rs, scoring, req, selectedOn, awards), json);
        List<RankedUnit> villageUnits = WrittenList.of(
                rankedUnits(villagePicks, reward.number("village"), rs, scoring, req, selectedOn, awards), json);
        // audited once all are opened, the entries in one batch; the awards themselves go in one batch at the next flush
        applications.auditApproved(awards);
        FarmlandRanking r = new FarmlandRanking();
        r.district = req.district();
        r.year = req.year();
        r.selectedOn = selectedOn;
        r.madeBy = caller.subject();
        r.madeAt = OffsetDateTime.now();
        RankingView made = new RankingView(req.district(), req.year(), selectedOn, streetUnits, villageUnits, tie[0], r.madeBy, r.madeAt, null,
                selectedOn, null, false, missing);
        r.result = write(made);
        r.persist();
        Notices.Posted notice = notices.posted(POLICY, "SELECTION_PUBLIC_NOTICE", null, r.id, req.district(), postedOn);
        audit.record("farmland.ranking.made", "FarmlandRanking", req.district() + "/" + req.year(), req);
        FarmlandRanking.getEntityManager().flush();
        return farmlandNotices.made(r, made, notice, postedOn);
    }

    /**
     * The district's assessments of the year in division-code order, as rows: the columns the ranking reads, the inputs
     * parsed as {@link #inputs} does. A thousand read-only entities were a sixth of a ranking's CPU time and a third of
     * its garbage, enough to fill the small heap into a full collection every few rankings (issue 17).
     */
    private List<Unit> units(String district, int year) {
        ObjectReader reader = json.readerFor(FarmlandInputs.class);
        return FarmlandAssessment.getEntityManager().unwrap(Session.class).doReturningWork(conn -> {
            List<Unit> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT district, jurisdiction, name, unit_type, street, inputs::text "
                    + "FROM farmland_assessment WHERE district = ? AND year = ? ORDER BY jurisdiction")) {
                ps.setString(1, district);
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FarmlandInputs in;
                        try {
                            // the JSON as the text's own bytes (UTF-8), not decoded into a String first
                            in = reader.readValue(rs.getBytes(6));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        out.add(new Unit(rs.getString(1), rs.getString(2), rs.getString(3), UnitType.valueOf(rs.getString(4)),
                                rs.getString(5), in));
                    }
                }
            }
            return out;
        });
    }

    /** The units of one list in rank order, those selected, and why each qualifying one left out is. */
    private record Selection(List<Candidate> ranked, List<Candidate> picked, Map<Candidate, String> notes) {
        /** The selected units in rank order. */
        List<Candidate> inOrder() {
            return ranked.stream().filter(picked::contains).toList();
        }
    }

    private Selection select(List<Candidate> ranked, int wanted, int perStreet, RuleSet rs, boolean[] tie, ParameterUse preference) {
        Map<String, Integer> perStreetCount = new HashMap<>();
        List<Candidate> picked = new ArrayList<>();
        Map<Candidate, String> notes = new HashMap<>();
        Integer lastSelectedTotal = null;
        List<Candidate> leftAtCutoff = new ArrayList<>();
        // the same two notes for every unit left out: looked up in the catalogue once each
        String placesFull = null;
        String streetFull = null;
        for (Candidate c : ranked) {
            FarmlandScoring.Score s = c.score();
            if (!s.qualifies()) {
                continue;
            }
            if (picked.size() >= wanted) {
                notes.put(c, placesFull == null ? placesFull = Explanation.note("farmland.places-full") : placesFull);
                if (lastSelectedTotal != null && lastSelectedTotal == s.total()) {
                    tie[0] = true;
                    leftAtCutoff.add(c);
                }
            } else if (perStreetCount.getOrDefault(c.a().street(), 0) >= perStreet) {
                notes.put(c, streetFull == null
                        ? streetFull = Explanation.note("farmland.street-has-villages", perStreet, rs.get("SELECTION").clause().ref())
                        : streetFull);
            } else {
                picked.add(c);
                lastSelectedTotal = s.total();
                perStreetCount.merge(c.a().street(), 1, Integer::sum);
            }
        }
        // a tie at the cutoff that the demonstration preference would decide, while the officer has not said how: the tied
        // place is left to the officer (tieAtCutoff), not filled by division code
        if (!leftAtCutoff.isEmpty() && !preference.set() && lastSelectedTotal != null) {
            int cutoff = lastSelectedTotal;
            List<Candidate> tied = new ArrayList<>(leftAtCutoff);
            picked.stream().filter(c -> c.score().total() == cutoff).forEach(tied::add);
            if (tied.stream().anyMatch(Candidate::preferred)) {
                for (Candidate c : tied) {
                    if (picked.remove(c)) {
                        notes.put(c, Explanation.note("farmland.tie-preference", ParameterName.FARMLAND_DEMONSTRATION_PREFERENCE));
                    }
                }
            }
        }
        return new Selection(ranked, picked, notes);
    }

    /** The list as ranked, each selected unit with its award opened (not yet audited: {@code awards} collects them). */
    private List<RankedUnit> rankedUnits(Selection selection, BigDecimal amount, RuleSet rs, FarmlandScoring scoring, RankingRequest req,
            LocalDate selectedOn, List<Application> awards) {
        List<RankedUnit> out = new ArrayList<>(selection.ranked().size());
        for (Candidate c : selection.ranked()) {
            FarmlandScoring.Score s = c.score();
            boolean pick = selection.picked().contains(c);
            UUID applicationId = null;
            BigDecimal reward = null;
            if (pick) {
                reward = Calculation.yuan(amount);
                Application award = award(c, reward, rs, scoring, req, selectedOn);
                awards.add(award);
                applicationId = award.id;
            }
            out.add(new RankedUnit(c.a().jurisdiction(), c.a().name(), c.a().unitType(), c.a().street(), s.total(), s.excluded(),
                    s.disqualifications(), pick, reward, applicationId, selection.notes().get(c), c.preferred()));
        }
        return out;
    }

    /** Opens the approved award of a selected unit, with the score and selection frozen as its calculation. */
    private Application award(Candidate c, BigDecimal reward, RuleSet rs, FarmlandScoring scoring, RankingRequest req, LocalDate selectedOn) {
        List<Step> steps = new ArrayList<>(scoring.explain(c.a().unitType(), c.in(), c.average()));
        Rule selection = rs.get("SELECTION");
        steps.add(selection.step(Map.of("streets", req.streets(), "villages", req.villages()), Map.of("total", c.score().total()),
                true, Explanation.note("farmland.selected-by-score")));
        Rule rewardRule = rs.get("REWARD");
        steps.add(rewardRule.step(Map.of("unitType", c.a().unitType()), Map.of(), reward, null));
        steps.add(rs.get("NO_INDIVIDUALS").step(Map.of("beneficiaryType", c.a().unitType()), Map.of(), true,
                Explanation.note(c.a().unitType() == UnitType.STREET ? "farmland.paid-to-street" : "farmland.paid-to-village")));
        Rule notice = rs.get("SELECTION_PUBLIC_NOTICE");
        steps.add(notice.step(Map.of(), Map.of(), null, Explanation.note("farmland.after-notice")));
        Rule plan = rs.get("FUND_USE_PLAN");
        steps.add(plan.step(Map.of(), Map.of("months", plan.number("months")), null, Explanation.note("farmland.fund-use-plan-due")));
        Calculation calc = new Calculation(POLICY, selectedOn, CalculationStatus.CALCULATED, reward, rewardRule.clause().quote(), steps);
        return applications.openDecidedUnaudited(POLICY, String.valueOf(req.year()),
                c.a().unitType() == UnitType.STREET ? BeneficiaryType.STREET : BeneficiaryType.VILLAGE, c.a().jurisdiction(),
                c.a().name(), c.a().jurisdiction(), Origin.RANKING, calc);
    }

    /** Item 一.3's peers: a street's are the district's streets, a village's the villages of its street. */
    private static String peerGroup(UnitType type, String district, String street) {
        return type == UnitType.STREET ? district : street;
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
