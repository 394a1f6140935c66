package cn.guihua.emergency.rules;

import jakarta.annotation.security.PermitAll;
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

import cn.guihua.platform.security.JurisdictionCodes;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RulesResource {

    @GET
    @Path("{jurisdiction}")
    @PermitAll
    @Operation(summary = "The rules of a jurisdiction", description = "Public: filing rules and deadlines, drill "
            + "intervals, revision circumstances, periodic duties, who activates which response level and the reporting "
            + "clocks, the 审核 rules, each with its source clause. Empty lists where the jurisdiction's documents set nothing.")
    @APIResponse(responseCode = "200", description = "OK")
    public JurisdictionRules rules(
            @PathParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction) {
        return new JurisdictionRules(jurisdiction,
                FilingRule.<FilingRule>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(r -> new JurisdictionRules.Filing(r.planType, r.recipient, r.mode, r.deadlineWorkingDays,
                                r.effectiveFrom, r.effectiveTo, r.sourceRef, r.enterpriseKind)).toList(),
                DrillRule.<DrillRule>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(r -> new JurisdictionRules.Drill(r.planType, r.intervalMonths, r.effectiveFrom, r.effectiveTo,
                                r.sourceRef)).toList(),
                RevisionCircumstance.<RevisionCircumstance>list("jurisdiction", Sort.by("code"), jurisdiction).stream()
                        .map(c -> new JurisdictionRules.Circumstance(c.code, c.text, c.sourceRef, c.effectiveFrom, c.effectiveTo)).toList(),
                PeriodicDuty.<PeriodicDuty>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(d -> new JurisdictionRules.Duty(d.code, d.name, d.responsible, d.reportTo, d.dueMonth, d.dueDay,
                                d.sourceRef, d.effectiveFrom, d.effectiveTo)).toList(),
                ResponseLevelRule.<ResponseLevelRule>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(JurisdictionRules.ResponseLevel::of).toList(),
                ReportingClockRule.<ReportingClockRule>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(c -> new JurisdictionRules.Clock(c.code, c.name, c.gradingTable, c.levels, c.startsAt, c.dueAfter,
                                c.repeats, c.sourceRef, c.effectiveFrom, c.effectiveTo)).toList(),
                ReviewRule.<ReviewRule>list("jurisdiction", Sort.by("id"), jurisdiction).stream()
                        .map(r -> new JurisdictionRules.Review(r.planType, r.categories, r.reviewer, r.plansNamed, r.sourceRef,
                                r.quote, r.effectiveFrom, r.effectiveTo)).toList());
    }
}
