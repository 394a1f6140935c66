package cn.guihua.subsidy.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.directdelivery.DirectDelivery;
import cn.guihua.subsidy.disability.DisabilityStandard;
import cn.guihua.subsidy.expropriation.CompensationCalculator;
import cn.guihua.subsidy.farmland.FarmlandService;
import cn.guihua.subsidy.headquarters.HeadquartersCalculator;
import cn.guihua.subsidy.listing.ListingCalculator;
import cn.guihua.subsidy.listing.ListingStage;
import cn.guihua.subsidy.reserve.ReserveResource;
import cn.guihua.subsidy.rules.Clause;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.PolicyRule;
import cn.guihua.subsidy.rules.Rule;
import cn.guihua.subsidy.rules.RuleBook;
import cn.guihua.subsidy.rules.RuleSet;
import cn.guihua.subsidy.statecapital.StateCapitalResource;

/**
 * The policy codes a caller must send (as {@code policy} of an application, a list filter, ...), listed with their
 * documents, effective periods and what can be applied for, so that no caller has to read a migration to find them; and
 * one policy with its rules, parameters and clauses as of a date, so that a caller sees why the service says what it
 * says without running a calculation.
 */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyResource {

    /** The operations that take each policy, and its benefits as the rule codes that grant them. */
    private record Use(List<String> operations, BeneficiaryType beneficiaryType, List<String> benefits, String benefitRule) {
    }

    private static final Map<String, Use> USES = Map.ofEntries(
            Map.entry(ListingCalculator.POLICY, new Use(List.of("POST /api/v1/listing-incentives/calculations", "POST /api/v1/applications",
                    "GET /api/v1/applications", "GET /api/v1/payments", "POST /api/v1/direct-delivery/proactive-runs"), BeneficiaryType.ENTERPRISE,
                    Arrays.stream(ListingStage.values()).map(Enum::name).toList(), null)),
            Map.entry(DisabilityStandard.LIVING, new Use(List.of("POST /api/v1/disability/calculations", "POST /api/v1/disability/batches",
                    "POST /api/v1/disability/proactive-runs", "POST /api/v1/applications", "GET /api/v1/applications"),
                    BeneficiaryType.PERSON, List.of(Applications.ENROLMENT), "LIVING_ELIGIBILITY")),
            Map.entry(DisabilityStandard.NURSING, new Use(List.of("POST /api/v1/disability/calculations", "POST /api/v1/disability/batches",
                    "POST /api/v1/disability/proactive-runs", "POST /api/v1/applications", "GET /api/v1/applications"),
                    BeneficiaryType.PERSON, List.of(Applications.ENROLMENT), "NURSING_ELIGIBILITY")),
            Map.entry(FarmlandService.POLICY, new Use(List.of("POST /api/v1/farmland/assessments", "POST /api/v1/farmland/rankings",
                    "GET /api/v1/farmland/rankings", "GET /api/v1/farmland/rankings/{id}", "POST /api/v1/farmland/rankings/{id}/objections",
                    "GET /api/v1/farmland/outlay", "POST /api/v1/farmland/fund-use-checks", "POST /api/v1/farmland/demonstration-checks",
                    "GET /api/v1/applications", "GET /api/v1/payments"), null, List.of(), null)),
            Map.entry(ReserveResource.POLICY, new Use(List.of("POST /api/v1/listing-reserve"), null, List.of(), null)),
            Map.entry(HeadquartersCalculator.POLICY, new Use(List.of("POST /api/v1/headquarters/recognition", "POST /api/v1/headquarters/rewards",
                    "POST /api/v1/headquarters/executives", "POST /api/v1/headquarters/perks", "POST /api/v1/headquarters/talent-rewards",
                    "POST /api/v1/headquarters/introducer-rewards", "POST /api/v1/headquarters/industry-support",
                    "POST /api/v1/headquarters/process", "POST /api/v1/headquarters/clawback", "POST /api/v1/applications",
                    "POST /api/v1/applications/{id}/notice", "POST /api/v1/applications/{id}/objections"), BeneficiaryType.ENTERPRISE,
                    List.of("ANNUAL_REWARD_{year}", "INTRODUCTION_{project}"), null)),
            Map.entry(CompensationCalculator.POLICY, new Use(List.of("POST /api/v1/expropriation/residential-compensation",
                    "POST /api/v1/expropriation/non-residential-compensation", "POST /api/v1/expropriation/swap-settlement",
                    "POST /api/v1/expropriation/selection-order", "POST /api/v1/expropriation/compensation-choices",
                    "POST /api/v1/expropriation/ancillary-rooms", "POST /api/v1/expropriation/projects",
                    "GET /api/v1/expropriation/projects/{id}/timeline"), null, List.of(), null)),
            Map.entry(DirectDelivery.POLICY, new Use(List.of("POST /api/v1/direct-delivery/policies", "GET /api/v1/direct-delivery/policies",
                    "POST /api/v1/direct-delivery/policies/{id}/items", "POST /api/v1/direct-delivery/enterprises",
                    "GET /api/v1/direct-delivery/enterprises/{creditCode}/matches", "GET /api/v1/direct-delivery/items/{id}/enterprises",
                    "POST /api/v1/direct-delivery/proactive-runs", "GET /api/v1/direct-delivery/metrics"), null, List.of(), null)),
            Map.entry(DirectDelivery.INTERPRETATION, new Use(List.of("POST /api/v1/direct-delivery/policies",
                    "POST /api/v1/direct-delivery/policies/{id}/interpretation"), null, List.of(), null)),
            Map.entry(StateCapitalResource.POLICY, new Use(List.of("POST /api/v1/state-capital/levies",
                    "POST /api/v1/state-capital/budget-transfers"), null, List.of(), null)));

    /** The rule a benefit is granted by, where it is not the benefit's own code. */
    private static final Map<String, String> BENEFIT_RULES = Map.of("ANNUAL_REWARD_{year}", "OPERATING_CONTRIBUTION",
            "INTRODUCTION_{project}", "INTRODUCER_ONE_OFF");

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    @GET
    @PermitAll
    @Operation(summary = "List the policies", description = "Public: every policy document this service implements, with the "
            + "code callers send as `policy`, its document number, issuing jurisdiction, effective period and source clause, "
            + "and the benefits (listing stages, enrolment, a headquarters' yearly reward) that `POST /api/v1/applications` takes under it.")
    @APIResponse(responseCode = "200", description = "Every policy, by code")
    public List<PolicyView> list() {
        return rules.policies().stream().map(p -> view(p, null)).sorted(Comparator.comparing(PolicyView::code)).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get a policy with its rules, parameters and clauses as of a date", description = "Public, as the list, "
            + "with what the service applies on `asOf` (today when absent): every rule in force with its numbers, period and the "
            + "clause it quotes; every parameter an officer sets for it (what the document leaves open), its kind, choices, the "
            + "clause that leaves it open and the value in force for the policy's jurisdiction, or that none is set; the clauses "
            + "cited; figures derived from the rules (the farmland selection's yearly outlay). Outside the policy's period: no rules.")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "No such policy")
    public PolicyView get(@PathParam("code") @Size(max = 100) @Parameter(example = "LANSHAN_LISTING") String code,
            @QueryParam("asOf") @Parameter(description = "The day the rules and parameters are given as of; today when absent",
                    example = "2024-07-01") LocalDate asOf) {
        return view(rules.policy(code), asOf == null ? LocalDate.now() : asOf);
    }

    private PolicyView view(Policy p, LocalDate asOf) {
        Use use = USES.getOrDefault(p.code, new Use(List.of(), null, List.of(), null));
        List<PolicyView.Benefit> benefits = new ArrayList<>();
        for (String b : use.benefits()) {
            String ruleCode = use.benefitRule() != null ? use.benefitRule() : BENEFIT_RULES.getOrDefault(b, b);
            Optional<PolicyRule> rule = latest(p.code, ruleCode);
            benefits.add(new PolicyView.Benefit(b, use.beneficiaryType() == null ? null : use.beneficiaryType().name(),
                    rule.map(r -> r.sourceRef).orElse(null), rule.map(r -> r.quote).orElse(null)));
        }
        if (asOf == null) {
            return new PolicyView(p.code, p.title, p.documentNo, p.jurisdiction, p.effectiveFrom, p.effectiveTo, p.sourceRef,
                    !benefits.isEmpty(), benefits, use.operations(), null, null, List.of(), List.of(), List.of(), Map.of());
        }
        RuleSet rs = rules.rulesIfInForce(p.code, asOf);
        List<PolicyView.RuleView> ruleViews = new ArrayList<>();
        Set<ParameterName> named = new LinkedHashSet<>();
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (PolicyRule row : rules.rows(p.code)) {
            Rule r = rs.rules().get(row.ruleCode);
            if (r == null || !row.validFrom.equals(from(rs, row))) {
                continue;
            }
            ruleViews.add(new PolicyView.RuleView(r.code(), row.validFrom, row.validTo, r.params(), r.clause()));
            clauses.putIfAbsent(r.clause().ref() + "|" + r.clause().quote(), r.clause());
            collect(r.params(), named);
        }
        for (ParameterName n : ParameterName.values()) {
            if (n.policy.equals(p.code)) {
                named.add(n);
            }
        }
        List<PolicyView.ParameterInfo> params = new ArrayList<>();
        for (ParameterName n : named) {
            params.add(new PolicyView.ParameterInfo(n, n.kind, n.choices, n.sourceRef, Explanation.note(n.settlesKey()), n.basisRequired,
                    parameters.use(n, p.jurisdiction, asOf)));
        }
        List<Clause> cited = new ArrayList<>(clauses.values());
        cited.sort(Comparator.comparing((Clause c) -> c.ref().substring(0, 3)).thenComparingInt(c -> line(c.ref())));
        Map<String, Object> derived = new LinkedHashMap<>();
        if (FarmlandService.POLICY.equals(p.code) && rs.has("SELECTION") && rs.has("REWARD")) {
            Rule selection = rs.get("SELECTION");
            Rule reward = rs.get("REWARD");
            derived.put("minimumOutlay", cn.guihua.subsidy.rules.Calculation.yuan(reward.number("street").multiply(selection.number("minStreets"))
                    .add(reward.number("village").multiply(selection.number("minVillages")))));
            derived.put("maximumOutlay", cn.guihua.subsidy.rules.Calculation.yuan(reward.number("street").multiply(selection.number("maxStreets"))
                    .add(reward.number("village").multiply(selection.number("maxVillages")))));
        }
        return new PolicyView(p.code, p.title, p.documentNo, p.jurisdiction, p.effectiveFrom, p.effectiveTo, p.sourceRef,
                !benefits.isEmpty(), benefits, use.operations(), asOf, p.inForce(asOf), ruleViews, params, cited, derived);
    }

    /** The valid_from of the row the rule set holds for the row's code (the latest version valid on the day). */
    private LocalDate from(RuleSet rs, PolicyRule row) {
        return rules.rows(rs.policy()).stream()
                .filter(r -> r.ruleCode.equals(row.ruleCode) && !rs.asOf().isBefore(r.validFrom) && (r.validTo == null || !rs.asOf().isAfter(r.validTo)))
                .map(r -> r.validFrom).max(Comparator.naturalOrder()).orElse(null);
    }

    private static int line(String ref) {
        try {
            return Integer.parseInt(ref.substring(ref.indexOf(':') + 1).replaceAll("[^0-9].*$", ""));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Every parameter a rule names (values of keys ending in "arameter"). */
    private static void collect(JsonNode params, Set<ParameterName> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().endsWith("arameter") && e.getValue().isTextual()) {
                try {
                    into.add(ParameterName.valueOf(e.getValue().asText()));
                } catch (IllegalArgumentException ignored) {
                    // a rule naming a parameter this version does not know: nothing to show for it
                }
            }
        }
    }

    /** The latest version of a rule, for its clause. */
    private Optional<PolicyRule> latest(String policy, String ruleCode) {
        return rules.rows(policy).stream().filter(r -> r.ruleCode.equals(ruleCode))
                .max(Comparator.comparing((PolicyRule r) -> r.validFrom == null ? LocalDate.MIN : r.validFrom));
    }
}
