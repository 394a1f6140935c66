package cn.guihua.emergency.plan;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the deprecated {@code /api/v1/plans/...} operations as what they are: the operations of
 * {@code /api/v1/emergency-plans/...}, served by resource subclasses ({@link LegacyPlanResource} and its siblings).
 * <p>
 * The platform's {@code ApiShape} finds a resource method by the class that declares it, so it leaves an inherited
 * operation without operationId, security, {@code Idempotency-Key} and error responses. This filter runs after it
 * (a lower priority) and gives each alias operation the security, parameters and responses of its canonical
 * operation, the operationId {@code legacy<CanonicalId>} and {@code deprecated: true}. A deprecated path without a
 * canonical operation fails the build.
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
                op.setOperationId("legacy" + Character.toUpperCase(c.getOperationId().charAt(0)) + c.getOperationId().substring(1));
                op.setDeprecated(true);
                op.setSecurity(c.getSecurity());
                op.setParameters(c.getParameters());
                op.setResponses(c.getResponses());
                op.setDescription("Deprecated: the former path of `" + verb + " " + canonicalPath + "`, served for one "
                        + "release; use that path." + (c.getDescription() == null ? "" : " " + c.getDescription()));
            });
        });
    }
}
