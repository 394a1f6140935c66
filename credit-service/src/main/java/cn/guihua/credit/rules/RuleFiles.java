package cn.guihua.credit.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules files under {@code src/main/resources/rules/} as typed records, read strictly ({@link Rules}): an unknown
 * key anywhere in an operational part fails start-up. Parts that only describe (notes, the governance texts) are
 * kept as JSON and shown as they are.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** A seed line (or range) and the words quoted from it. */
    public record Quote(String source, String quote) {
    }

    public record Document(String docNumber, String docNumberSource, String title, String issuer, LocalDate signedDate,
            String signedSource, LocalDate effectiveFrom, LocalDate effectiveTo, String effectiveToInclusiveParameter,
            Quote effective, JsonNode interpretation, JsonNode lead, JsonNode registrationNo, JsonNode annex) {
    }

    public record Base(int points, String source, String quote, Boolean annual) {
    }

    public record Band(Long fromYuan, Long toYuan, long perYuan, int pointsPerUnit) {
    }

    /** The points of an annex row; which fields are set depends on {@code type}. */
    public record Points(PointsType type, Integer value, Integer min, Integer max, Boolean decidedPerRecord,
            Integer printedTierPoints, String printedTierPointsMeaning, Band cash, Band goods, String tierMethodParameter,
            String roundingParameter, String aggregationParameter, Integer groupAnnualCap, String capPeriodParameter,
            JsonNode excludedRecipients, JsonNode countedRecipientsExamples, Integer hoursAtLeast, Integer tierPoints,
            Long fromYuan, Long toYuan, Integer perHours, Integer pointsPerUnit, Long aboveYuan, Long perYuan,
            JsonNode cumulativePointsPrinted, Boolean perOccurrence, Boolean perYear) {
    }

    public enum PointsType { FIXED, RANGE, RATE_TIER, MARGINAL_RATE, THRESHOLD_TIER, AMOUNT_TIER, PER_UNIT }

    public enum Kind { ADD, DEDUCT }

    public record InfoTypeRef(String key, String name, String source) {
    }

    public record SourceLines(List<Integer> criterion, JsonNode points) {
    }

    public record AmountBracket(String of, Long aboveYuan, Long upToAndIncludingYuan, Integer aboveDays,
            Integer upToAndIncludingDays, String boundaryParameter, String note) {
    }

    public record ValidityRule(String type, String source, String quote, String parameter, String fallbackParameter,
            String recordField, String rule, String note, List<String> ambiguities, Integer extendedMonths,
            String extensionBy) {
    }

    /** One row of an annex table, whatever the model. */
    public record Row(String code, int annexRow, List<String> dimensionPath, InfoTypeRef infoType, Kind kind,
            String description, String pointsPrinted, Points points, String remark, JsonNode recordingDepartment,
            Integer validityMonths, String validityParameter, ValidityRule validityRule, String source,
            SourceLines sourceLines, String quote, List<String> notes, List<String> ambiguities,
            JsonNode triggersDowngrade, AmountBracket amountBracket, String duplicateOf, String scoring,
            String oneLevelLower, JsonNode repairable, Boolean repairRow, String downgradeCategory,
            JsonNode repeatWithinValidity, Integer rank, Boolean rankInferred, JsonNode thresholds,
            List<String> beneficiaries) {

        /** True, false, or the name of the parameter that decides (ME-17-03, PE-28-01). */
        public boolean downgradesAlways() {
            return triggersDowngrade != null && triggersDowngrade.isBoolean() && triggersDowngrade.asBoolean();
        }

        public String downgradeParameter() {
            return triggersDowngrade != null && triggersDowngrade.isObject() ? triggersDowngrade.path("parameter").asText(null) : null;
        }

        public int fixedPoints() {
            return points.value();
        }

        public String group() {
            return code.substring(0, code.lastIndexOf('-'));
        }
    }

    public record AnnualCap(int points, String capPeriodParameter, String source, String quote, String printedOnRow,
            String scopeParameter, List<String> appliesTo, List<String> ambiguities) {
    }

    public record Tier(int hoursAtLeast, int points, String row) {
    }

    public record Group(String code, List<String> dimensionPath, String infoType, List<String> rows, AnnualCap annualCap,
            JsonNode excludedRecipients, JsonNode label, String ladder, String tierMethodParameter, List<Tier> tiers,
            List<String> ambiguities) {
    }

    public record Level(String code, String name, Integer min, Integer max, @JsonProperty("class") String supervisionClass,
            Boolean baseline, Boolean requiresNoDowngrade, Boolean byDowngradeOnly, String source, String quote) {
    }

    public record InformationType(String key, String name, Boolean scored, String source, String quote, List<String> subtypes,
            String subtypesSource, String note) {
    }

    public record AggregationRule(String id, String appliesTo, String effect, String source, String quote) {
    }

    public record Aggregation(String source, String quote, List<AggregationRule> rules, String interpretation) {
    }

    public record Exclusion(String id, String recordFlag, String effect, String source, String quote) {
    }

    public record DowngradeCondition(String id, String when, String source, String quote) {
    }

    public record EntityDowngrade(String source, String quote, List<DowngradeCondition> conditions, String effect,
            String durationParameter, String note) {
    }

    public record SupervisionClass(String key, String name, List<String> levels, Quote membership, Quote meaning,
            List<String> measures, Quote fiscalFundsRestriction, List<String> ambiguities, String note) {
    }

    /** 张政字〔2021〕87号, market-entity.json. */
    public record MarketEntityFile(String model, int formatVersion, Document document, JsonNode scope, Quote resultStatus,
            Base base, JsonNode formula, Quote indicatorSystemAdjustment, List<InformationType> informationTypes,
            JsonNode recording, Aggregation aggregation, List<Exclusion> exclusions, EntityDowngrade downgrade,
            List<Level> levels, JsonNode levelsNote, List<SupervisionClass> supervisionClasses, Quote classificationBasis,
            List<Quote> resultUse, JsonNode validity, JsonNode evaluationFrequency, Quote publication,
            Quote rightsProtection, String objectionsAndRepair, List<Group> groups, List<Row> rows) {
    }

    public record Principle(int no, String id, String source, String quote, String operational, Integer periodMonths,
            String methodParameter, List<String> ambiguities) {
    }

    public record PersonalScope(int minimumAge, String ageParameter, String source, String quote, List<String> residency,
            JsonNode refusal) {
    }

    public record MustNotRestrict(String source, String quote, List<String> forbiddenUses, String consequence) {
    }

    public record PrinciplesOfUse(Quote basic, MustNotRestrict mustNotRestrictBasicPublicServices) {
    }

    public record PersonalDowngrade(String source, String quote, List<String> rows, Map<String, String> rowsByParameter,
            int validityMonths, Quote validity, String validityParameter, String effect, List<String> ambiguities) {
    }

    public record Reward(String source, String quote, int pointsPerYear, int maxCumulative, String condition,
            List<String> parameters, List<String> ambiguities, String note) {
    }

    public record DeductionValidity(Integer maxPoints, Integer minPoints, Boolean downgrade, int months) {
    }

    public record AdditionValidity(String level, int months) {
    }

    public record PersonalValidity(List<DeductionValidity> deductions, Quote deductionsSource, List<AdditionValidity> additions,
            Quote additionsSource, Quote start, JsonNode lateReporting, JsonNode continuingConduct,
            String endConventionParameter, String note) {
    }

    public record RepairEffect(boolean replacesOriginal, String resultRow, int points, int validityMonths,
            String validityStartParameter) {
    }

    public record RepairRule(String source, String quote, List<String> conditions, RepairEffect effect, String annexRow) {
    }

    public record PersonalRepair(Quote general, RepairRule rule, String seeAlso) {
    }

    public record Queries(Quote self, Quote selfNonPublic, JsonNode others, Quote logging) {
    }

    /** 张政字〔2021〕89号, personal.json. */
    public record PersonalFile(String model, int formatVersion, String name, Document document, PersonalScope scope,
            Quote definition, PrinciplesOfUse principlesOfUse, JsonNode jointRewardAndPenalty,
            List<InformationType> informationTypes, Quote informationTypesSource, String informationTypesNote,
            JsonNode recording, Base base, JsonNode formula, List<Level> levels, Quote levelNames,
            PersonalDowngrade downgrade, Reward annualNoDeductionReward, List<Principle> calculationPrinciples,
            Quote principlesPreamble, PersonalValidity validity, JsonNode incentives, Queries queries,
            PersonalRepair repair, JsonNode updates, JsonNode objection, List<Group> groups, List<Row> rows) {
    }

    public record StarLevel(int stars, String name, Integer min, Integer max, Boolean baseStar, String source, String quote) {
    }

    public record Outcome(List<Integer> stars, String kind, String source, String quote, List<Quote> measures,
            Boolean includesStars2Measures, String note) {
    }

    public record ServantValidity(int months, int extendedMonths, String source, String quote, String interpretation) {
    }

    /** 张政字〔2021〕88号, public-servant.json. */
    public record PublicServantFile(String model, int formatVersion, Document document, Quote scope, Quote privacy,
            JsonNode file, JsonNode readers, Base base, JsonNode formula, JsonNode annualCycle, ServantValidity validity,
            List<StarLevel> starLevels, JsonNode starLevelsNote, List<Principle> principles, List<Outcome> outcomes,
            JsonNode mechanisms, List<Group> groups, List<Row> rows) {
    }

    public record Clock(String id, String when, String who, List<String> does, int workingDays, String from,
            String fromParameter, List<String> ambiguities, String source, String quote) {
    }

    public record EntityObjections(String document, JsonNode filing, Quote handlingLead, List<Clock> clocks,
            JsonNode dataGaps, JsonNode reEvaluation, Quote revokedOrChangedActs, Quote liability, JsonNode repair) {
    }

    /** 87号 第二十七-二十九条, 89号 四(三)(四), 88号 三(六): objections.json. */
    public record ObjectionsFile(int formatVersion, JsonNode calendar, EntityObjections marketEntity, JsonNode personal,
            JsonNode publicServant) {
    }

    public record FileItem(String key, String name) {
    }

    public record MerchantCreditFile(List<FileItem> items, String source, String quote, String itemsOpenEnded,
            JsonNode catalogue, JsonNode file, JsonNode qrCode, JsonNode suppliers, JsonNode alsoIn86) {
    }

    public record Colour(String key, List<String> names, Quote treatment, Quote rectification, Quote alsoPool, String note) {
    }

    public record ColourLists(Quote system, JsonNode setBy, JsonNode publication, Quote inspectionBasis, JsonNode order,
            List<Colour> colours, JsonNode criteria, String criteriaParameter, List<String> ambiguities,
            List<String> leftToTheRegulator) {
    }

    public record Target(String key, String colour, String measure, double target, String comparison, String countingParameter) {
    }

    public record Targets(String source, String quote, List<Target> items, String verified, String denominator,
            JsonNode deadline, List<String> ambiguities) {
    }

    /** 张政字〔2021〕90号, demo-street.json. */
    public record DemoStreetFile(int formatVersion, Document document, JsonNode site, MerchantCreditFile merchantCreditFile,
            ColourLists colourLists, Targets targets, JsonNode demonstrationShops, List<Quote> merchantBenefits,
            Quote commendation, Quote tasks) {
    }

    public record SetterBasis(String body, String source, String quote) {
    }

    public record ParameterDefinition(String name, String type, String unit, String decides, List<String> ambiguities,
            List<String> sources, JsonNode suggestedDefault, String suggestedDefaultBasis, List<JsonNode> options,
            List<String> usedBy, SetterBasis legalBasisOfSetter, boolean effectiveDated, String note) {
    }

    /** parameters.json: every value the documents leave open. */
    public record ParametersFile(int formatVersion, String note, List<ParameterDefinition> parameters,
            JsonNode ambiguityCoverage, JsonNode newAmbiguities) {
    }
}
