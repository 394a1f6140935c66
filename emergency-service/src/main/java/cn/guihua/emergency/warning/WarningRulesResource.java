package cn.guihua.emergency.warning;

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
import cn.guihua.emergency.reference.WarningRules;
import cn.guihua.platform.security.JurisdictionCodes;

@Path("/api/v1/warning-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Warnings")
public class WarningRulesResource {

    @Inject
    ReferenceData reference;

    @GET
    @Path("{jurisdiction}")
    @PermitAll
    @Operation(summary = "The warning rules that apply in a jurisdiction", description = "Public: for each plan of the "
            + "jurisdiction (or above it), the levels and colours (000:1309; 002:3443), the notices for other events, the "
            + "required content (槐荫区: ten fields, 000:1315), channels, measures, who issues, adjusts and lifts each level "
            + "(the drug plan: 000:3023-3029, 000:3051-3053) and the period the rules are in force. Empty where no plan applies.")
    @APIResponse(responseCode = "200", description = "The rules")
    public WarningRulesView rules(
            @PathParam("jurisdiction") @Pattern(regexp = JurisdictionCodes.PATTERN, message = "{guihua.jurisdiction.code}")
            @Parameter(example = "370104") String jurisdiction) {
        List<WarningRulesView.PlanRules> plans = reference.plans().stream()
                .filter(p -> JurisdictionCodes.within(jurisdiction, p.jurisdiction()))
                .map(this::of).toList();
        return new WarningRulesView(jurisdiction, plans);
    }

    private WarningRulesView.PlanRules of(PlanPeriod p) {
        WarningRules w = reference.warnings();
        String code = p.planCode();
        List<WarningRulesView.Level> levels = w.levelSchemes().stream().filter(s -> s.planCode().equals(code))
                .flatMap(s -> s.levels().stream().map(l -> new WarningRulesView.Level(l.level(), l.nameZh(), l.color(), l.colorZh(),
                        s.categories(), l.colorInheritedFrom(), Clause.of(l.colorSource() != null ? l.colorSource() : s.source(),
                                l.colorSource() != null ? null : s.quote()))))
                .toList();
        List<WarningRulesView.Notice> notices = w.ungradedNotices().stream().filter(n -> n.planCode().equals(code))
                .flatMap(n -> n.kinds().stream().map(k -> new WarningRulesView.Notice(k.code(), k.nameZh(), k.audience(), k.when(),
                        Clause.of(n.source(), n.quote()))))
                .toList();
        var required = reference.requiredContent(code);
        List<WarningRulesView.Field> fields = required.map(r -> r.fields().stream()
                .map(f -> new WarningRulesView.Field(f.order(), f.key(), f.nameZh())).toList()).orElse(List.of());
        var channelLists = w.channels().stream().filter(c -> c.planCode().equals(code)).toList();
        List<WarningRulesView.Channel> channels = channelLists.stream().flatMap(l -> l.channels().stream()
                .map(c -> new WarningRulesView.Channel(c.code(), c.nameZh(), c.forWhom(), Boolean.TRUE.equals(c.mandatory()), l.appliesTo())))
                .toList();
        List<WarningRulesView.Measures> measures = w.measures().stream().filter(m -> m.planCode().equals(code))
                .map(m -> new WarningRulesView.Measures(m.level() == null ? List.of() : m.level(), m.takenBy(), m.selection(), m.note(),
                        m.items().stream().map(i -> new WarningView.Item(String.valueOf(i.number()), i.mark(), i.text(), i.source())).toList(),
                        Clause.of(m.source(), m.quote())))
                .toList();
        List<WarningRulesView.Authority> authority = w.authority().stream().filter(r -> r.planCode().equals(code))
                .map(r -> new WarningRulesView.Authority(r.id(), r.category(), r.level(), r.kind(), r.color(), r.condition(),
                        r.issuerLevel(), r.issuer(), r.authorisedBy(), r.needsAuthorisation(),
                        r.otherIssuers() == null ? List.of() : r.otherIssuers().stream().map(o -> o.issuerLevel() + " " + o.issuer()).toList(),
                        r.adjusterLevel(), r.adjuster(), r.lifterLevel(), r.lifter(), Boolean.TRUE.equals(r.districtMayIssue()),
                        Boolean.TRUE.equals(r.districtMayRecord()), Clause.of(r.source(), r.quote()),
                        Clause.of(r.adjustSource(), r.adjustQuote()), Clause.of(r.liftSource(), r.liftQuote()),
                        r.refusal() == null ? null : Clause.of(r.refusal().source(), r.refusal().quote()), r.note()))
                .toList();
        List<WarningRulesView.StepRule> steps = w.states().clauses().stream().filter(c -> c.planCode().equals(code))
                .map(c -> new WarningRulesView.StepRule(c.step(), c.by(), c.condition(), c.effects(), Clause.of(c.source(), c.quote())))
                .toList();
        return new WarningRulesView.PlanRules(code, p.title(), p.effectiveFrom(), p.effectiveTo(), Clause.of(p.source(), p.quote()),
                levels, notices, fields, required.map(r -> r.planCode()).orElse(null),
                required.map(r -> Clause.of(r.source(), r.quote())).orElse(null), channels,
                channelLists.isEmpty() ? null : Clause.of(channelLists.get(0).source(), channelLists.get(0).quote()), measures,
                authority, steps);
    }
}
