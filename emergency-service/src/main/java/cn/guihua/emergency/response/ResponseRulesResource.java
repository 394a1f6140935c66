package cn.guihua.emergency.response;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.emergency.reference.Clause;
import cn.guihua.emergency.reference.Common.PlanPeriod;
import cn.guihua.emergency.reference.ReferenceData;
import cn.guihua.platform.security.JurisdictionCodes;

@Path("/api/v1/response-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class ResponseRulesResource {

    @Inject
    ReferenceData reference;

    @GET
    @Path("{jurisdiction}")
    @PermitAll
    @Operation(summary = "The response rules that apply in a jurisdiction", description = "Public: for each plan of the "
            + "jurisdiction (or above it), the response tiers with activator and coordinator (槐荫区 2, 000:1173; 张店区 4, "
            + "002:3386; the drug plan Ⅰ-Ⅳ, 000:3081-3083), the body that handles each grade (000:1163-1165; 002:3382-3383; "
            + "000:2910), who sets up the on-site command (002:3415; 000:1235; 000:2922), the drug plan's information release "
            + "by grade (000:3109) and the clauses of each step, with the period the rules are in force.")
    @APIResponse(responseCode = "200", description = "The rules")
    public ResponseViews.RulesView rules(
            @PathParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction) {
        List<ResponseViews.PlanRules> plans = reference.plans().stream()
                .filter(p -> JurisdictionCodes.within(jurisdiction, p.jurisdiction())).map(this::of).toList();
        return new ResponseViews.RulesView(jurisdiction, plans);
    }

    private ResponseViews.PlanRules of(PlanPeriod p) {
        String code = p.planCode();
        var r = reference.responses();
        return new ResponseViews.PlanRules(code, p.title(), p.effectiveFrom(), p.effectiveTo(), Clause.of(p.source(), p.quote()),
                reference.tiers(code).stream().map(ResponseViews.TierView::of).toList(),
                r.severityHandling().stream().filter(h -> h.planCode().equals(code)).map(ResponseViews.HandlingView::of).toList(),
                r.onSiteCommand().stream().filter(o -> o.planCode().equals(code)).map(ResponseViews.OnSiteView::of).toList(),
                reference.informationRelease(code).stream().map(ResponseViews.ReleaseView::of).toList(),
                r.states().clauses().stream().filter(c -> c.planCode().equals(code))
                        .map(c -> new ResponseViews.StepView(c.planCode(), c.step(), c.by(), c.proposer(), c.condition(), c.deadline(),
                                Clause.of(c.source(), c.quote()))).toList());
    }
}
