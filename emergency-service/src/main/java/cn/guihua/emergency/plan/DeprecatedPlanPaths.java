package cn.guihua.emergency.plan;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Marks the operations of the former {@code /api/v1/plans/...} paths deprecated. They are the operations of
 * {@code /api/v1/emergency-plans/...}, inherited by resource subclasses ({@link LegacyEmergencyPlanResource} and its
 * siblings); the platform's {@code ApiShape} gives them their operationId ({@code legacyEmergencyPlanList}, from the
 * serving class), security, {@code Idempotency-Key} and error responses. {@code @Operation(deprecated = true)} cannot
 * say it: the annotation sits on the one method both paths serve, so it would deprecate the canonical operation too.
 * <p>
 * One thing still differs: SmallRye's own automatic responses (400 {@code Bad Request}, 401 {@code Not Authorized}, 403
 * {@code Not Allowed}) are keyed by the method of the declaring class, so they reach only the canonical operation and
 * {@code ApiShape} fills the alias with its own wording. The alias takes the canonical operation's responses, so both
 * document the same answers. A deprecated path without a canonical operation fails the build.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 0)
public class DeprecatedPlanPaths implements OASFilter {

    static final String OLD = "/api/v1/plans";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, PathItem> items = api.getPaths().getPathItems();
        items.forEach((path, item) -> {
            if (!path.equals(OLD) && !path.startsWith(OLD + "/")) {
                return;
            }
            String canonicalPath = EmergencyPlanResource.PATH + path.substring(OLD.length());
            PathItem canonical = items.get(canonicalPath);
            item.getOperations().forEach((verb, op) -> {
                Operation c = canonical == null ? null : canonical.getOperations().get(verb);
                if (c == null) {
                    throw new IllegalStateException("The deprecated " + verb + " " + path + " has no " + canonicalPath);
                }
                op.setDeprecated(true);
                op.setResponses(c.getResponses());
                op.setDescription("Deprecated: the former path of `" + verb + " " + canonicalPath + "`, served for one "
                        + "release; use that path." + (op.getDescription() == null ? "" : " " + op.getDescription()));
            });
        });
    }
}
