package cn.guihua.credit.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.credit.engine.Clause;
import cn.guihua.credit.rules.RuleFiles.Row;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The five documents (张政字〔2021〕86-90号) as data: their periods and the annex rows with their seed lines")
public class RulesResource {

    @Schema(name = "RuleModel")
    public enum Model { MARKET_ENTITY, PERSONAL, PUBLIC_SERVANT }

    @Schema(description = "A document whose rules the service applies, and its period")
    public record DocumentView(@NotNull String model, @NotNull String docNumber, @NotNull String title, @NotNull String issuer,
            @NotNull LocalDate signedDate, @NotNull LocalDate effectiveFrom,
            @NotNull @Schema(description = "有效期至; whether the day itself is in force is DOCUMENT_END_DATE_INCLUSIVE") LocalDate effectiveTo,
            @NotNull Clause effective, @Schema(description = "Annex rows (scoring criteria)") int rows) {
    }

    @Schema(description = "One annex row: the printed criterion and points, the seed line, the validity and what decides open points")
    public record RowView(@NotNull @Schema(example = "ME-11-03") String code, @NotNull Model model, int annexRow,
            List<String> dimensionPath, @NotNull String infoType, @NotNull String kind, @NotNull String description,
            @NotNull @Schema(example = "-40") String pointsPrinted,
            @Schema(implementation = Object.class, description = "The points as data (FIXED, RANGE, RATE_TIER, ...)") Object points,
            String remark, Integer validityMonths,
            @Schema(implementation = Object.class, description = "What gives the validity when it is not a number of months") Object validityRule,
            String validityParameter,
            @Schema(implementation = Object.class, description = "true, false or {parameter}") Object triggersDowngrade,
            @NotNull @Schema(example = "002:1092") String source, @NotNull String quote, List<String> notes, List<String> ambiguities) {
    }

    @Inject
    Rules rules;

    @Inject
    ObjectMapper json;

    @GET
    @PermitAll
    @Operation(summary = "The documents applied and their periods", description = "Public: the rules are published documents (此件公开发布).")
    @APIResponse(responseCode = "200", description = "The documents")
    public List<DocumentView> documents() {
        return List.of(doc("MARKET_ENTITY", rules.marketEntity().document(), rules.marketEntity().rows().size()),
                doc("PERSONAL", rules.personal().document(), rules.personal().rows().size()),
                doc("PUBLIC_SERVANT", rules.publicServant().document(), rules.publicServant().rows().size()),
                doc("DEMO_STREET", rules.demoStreet().document(), 0));
    }

    @GET
    @Path("rows")
    @PermitAll
    @Operation(summary = "List annex rows", description = "Filter by model and group (ME-11, PE-17, PS-13, ...).")
    @APIResponse(responseCode = "200", description = "A page of rows")
    public Page<RowView> rows(@QueryParam("model") Model model,
            @QueryParam("group") @Pattern(regexp = "^(ME|PE|PS)-\\d{2}$") @Parameter(example = "ME-11") String group,
            @BeanParam @Valid PageRequest paging) {
        List<RowView> all = rules.rows().values().stream()
                .filter(r -> model == null || model(r) == model)
                .filter(r -> group == null || r.group().equals(group))
                .map(this::view).toList();
        return Page.slice(all, paging);
    }

    @GET
    @Path("rows/{code}")
    @PermitAll
    @Operation(summary = "Get an annex row")
    @APIResponse(responseCode = "200", description = "The row")
    public RowView row(@PathParam("code") @Parameter(example = "ME-11-03") String code) {
        Row r = rules.row(code);
        if (r == null) {
            throw ProblemException.notFound("thing.rule-row", code);
        }
        return view(r);
    }

    private RowView view(Row r) {
        return new RowView(r.code(), model(r), r.annexRow(), r.dimensionPath(), r.infoType().key(), r.kind().name(), r.description(),
                r.pointsPrinted(), json.valueToTree(r.points()), r.remark(), r.validityMonths(),
                r.validityRule() == null ? null : json.valueToTree(r.validityRule()), r.validityParameter(), r.triggersDowngrade(), r.source(),
                r.quote(), r.notes(), r.ambiguities());
    }

    private static Model model(Row r) {
        return r.code().startsWith("ME") ? Model.MARKET_ENTITY : r.code().startsWith("PE") ? Model.PERSONAL : Model.PUBLIC_SERVANT;
    }

    private static DocumentView doc(String model, RuleFiles.Document d, int rows) {
        return new DocumentView(model, d.docNumber(), d.title(), d.issuer(), d.signedDate(), d.effectiveFrom(), d.effectiveTo(),
                Clause.of(d.effective()), rows);
    }
}
