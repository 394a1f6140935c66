package cn.guihua.subsidy.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.subsidy.application.Applications;
import cn.guihua.subsidy.application.BeneficiaryType;
import cn.guihua.subsidy.disability.DisabilityStandard;
import cn.guihua.subsidy.expropriation.CompensationCalculator;
import cn.guihua.subsidy.farmland.FarmlandService;
import cn.guihua.subsidy.headquarters.HeadquartersCalculator;
import cn.guihua.subsidy.listing.ListingCalculator;
import cn.guihua.subsidy.listing.ListingStage;
import cn.guihua.subsidy.reserve.ReserveResource;
import cn.guihua.subsidy.rules.Policy;
import cn.guihua.subsidy.rules.PolicyRule;
import cn.guihua.subsidy.rules.RuleBook;

/**
 * The policy codes a caller must send (as {@code policy} of an application, a list filter, ...), listed with their
 * documents, effective periods and what can be applied for, so that no caller has to read a migration to find them.
 */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class PolicyResource {

    /** The operations that take each policy, and its benefits as the rule codes that grant them. */
    private record Use(List<String> operations, BeneficiaryType beneficiaryType, List<String> benefits, String benefitRule) {
    }

    private static final Map<String, Use> USES = Map.of(
            ListingCalculator.POLICY, new Use(List.of("POST /api/v1/listing-incentives/calculations", "POST /api/v1/applications",
                    "GET /api/v1/applications", "GET /api/v1/payments"), BeneficiaryType.ENTERPRISE,
                    Arrays.stream(ListingStage.values()).map(Enum::name).toList(), null),
            DisabilityStandard.LIVING, new Use(List.of("POST /api/v1/disability/calculations", "POST /api/v1/disability/batches",
                    "POST /api/v1/disability/proactive-runs", "POST /api/v1/applications", "GET /api/v1/applications"),
                    BeneficiaryType.PERSON, List.of(Applications.ENROLMENT), "LIVING_ELIGIBILITY"),
            DisabilityStandard.NURSING, new Use(List.of("POST /api/v1/disability/calculations", "POST /api/v1/disability/batches",
                    "POST /api/v1/disability/proactive-runs", "POST /api/v1/applications", "GET /api/v1/applications"),
                    BeneficiaryType.PERSON, List.of(Applications.ENROLMENT), "NURSING_ELIGIBILITY"),
            FarmlandService.POLICY, new Use(List.of("POST /api/v1/farmland/assessments", "POST /api/v1/farmland/rankings",
                    "GET /api/v1/applications", "GET /api/v1/payments"), null, List.of(), null),
            ReserveResource.POLICY, new Use(List.of("POST /api/v1/listing-reserve"), null, List.of(), null),
            HeadquartersCalculator.POLICY, new Use(List.of("POST /api/v1/headquarters/recognition", "POST /api/v1/headquarters/rewards"),
                    null, List.of(), null),
            CompensationCalculator.POLICY, new Use(List.of("POST /api/v1/expropriation/residential-compensation"), null, List.of(), null));

    @Inject
    RuleBook rules;

    @GET
    @PermitAll
    @Operation(summary = "List the policies", description = "Public: every policy document this service implements, with the "
            + "code callers send as `policy`, its document number, issuing jurisdiction, effective period and source clause, "
            + "and the benefits (listing stages, enrolment) that `POST /api/v1/applications` takes under it.")
    @APIResponse(responseCode = "200", description = "Every policy, by code")
    public List<PolicyView> list() {
        return rules.policies().stream().map(this::view).sorted(Comparator.comparing(PolicyView::code)).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Get a policy", description = "Public, as the list.")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "No such policy")
    public PolicyView get(@PathParam("code") @Size(max = 100) @Parameter(example = "LANSHAN_LISTING") String code) {
        return view(rules.policy(code));
    }

    private PolicyView view(Policy p) {
        Use use = USES.getOrDefault(p.code, new Use(List.of(), null, List.of(), null));
        List<PolicyView.Benefit> benefits = new ArrayList<>();
        for (String b : use.benefits()) {
            Optional<PolicyRule> rule = latest(p.code, use.benefitRule() == null ? b : use.benefitRule());
            benefits.add(new PolicyView.Benefit(b, use.beneficiaryType() == null ? null : use.beneficiaryType().name(),
                    rule.map(r -> r.sourceRef).orElse(null), rule.map(r -> r.quote).orElse(null)));
        }
        return new PolicyView(p.code, p.title, p.documentNo, p.jurisdiction, p.effectiveFrom, p.effectiveTo, p.sourceRef,
                !benefits.isEmpty(), benefits, use.operations());
    }

    /** The latest version of a rule, for its clause. */
    private Optional<PolicyRule> latest(String policy, String ruleCode) {
        return rules.rows(policy).stream().filter(r -> r.ruleCode.equals(ruleCode))
                .max(Comparator.comparing((PolicyRule r) -> r.validFrom == null ? LocalDate.MIN : r.validFrom));
    }
}
