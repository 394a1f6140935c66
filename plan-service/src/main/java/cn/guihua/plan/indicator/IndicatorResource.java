package cn.guihua.plan.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.guihua.plan.targets.TargetView;
import cn.guihua.plan.targets.Targets;
import cn.guihua.platform.paging.Page;
import cn.guihua.platform.paging.PageRequest;
import cn.guihua.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "指标目录: the shared indicator catalogue")
public class IndicatorResource {

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "List the indicator catalogue", description = "Public. Filter by part of the code or name, and by value type.")
    @APIResponse(responseCode = "200", description = "One page of indicators")
    public Page<IndicatorView> list(
            @QueryParam("q") @Parameter(description = "Part of the code or name", example = "死亡率") String q,
            @QueryParam("valueType") @Parameter(schema = @Schema(implementation = ValueType.class)) String valueTypeParam,
            @BeanParam @Valid PageRequest paging) {
        ValueType valueType = ProblemException.enumParam(ValueType.class, "valueType", valueTypeParam);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.append(" and (code like :q or name like :q)");
            params.and("q", "%" + q.strip() + "%");
        }
        if (valueType != null) {
            where.append(" and valueType = :type");
            params.and("type", valueType);
        }
        java.util.Map<String, Integer> baseYears = IndicatorView.earliestBaseYears();
        return Page.of(Indicator.find(where.toString(), Sort.by("code"), params), paging,
                (Indicator i) -> IndicatorView.of(i, baseYears.get(i.code)));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Transactional
    @Operation(summary = "Get one indicator", description = "Public: the catalogue is shared by every jurisdiction.")
    @APIResponse(responseCode = "200", description = "The indicator", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorView get(@PathParam("code") @Parameter(example = "NEONATAL_MORTALITY") String code) {
        return IndicatorView.of(find(code));
    }

    @GET
    @Path("{code}/comparison")
    @PermitAll
    @Transactional
    @Operation(summary = "Compare one indicator's targets across jurisdictions", description = "Public. Every target on "
            + "this indicator in the current revision of every published plan, ordered by jurisdiction: the comparison a "
            + "provincial officer asks for first (for 孕产妇死亡率, the five jurisdictions' caps).")
    @APIResponse(responseCode = "200", description = "The indicator and its targets")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorComparison comparison(@PathParam("code") @Parameter(example = "MATERNAL_MORTALITY") String code) {
        Indicator indicator = find(code);
        return new IndicatorComparison(IndicatorView.of(indicator),
                Targets.find(code, null, null).list().stream().map(TargetView::of).toList());
    }

    private static Indicator find(String code) {
        Indicator i = Indicator.findById(code);
        if (i == null) {
            throw ProblemException.notFound("thing.indicator", code);
        }
        return i;
    }
}
