package cn.guihua.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import cn.guihua.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The shape every service's OpenAPI document has, applied once at build time from the Jandex index: an
 * {@code operationId} on every operation ({@code jurisdictionList} from {@code JurisdictionResource.list}),
 * {@code security: []} on public operations and the bearer scheme on the others, {@code Accept-Language} and (on
 * {@code @Idempotent} operations) {@code Idempotency-Key} declared, the error responses each operation can give, all
 * as problem+json, and the nullability and required properties of every schema ({@link Nullability}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiShape implements OASFilter {

    static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    static final DotName AUTHENTICATED = DotName.createSimple("io.quarkus.security.Authenticated");
    static final DotName IDEMPOTENT = DotName.createSimple("cn.guihua.platform.idempotency.Idempotent");
    static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    static final List<DotName> HTTP_METHODS = java.util.stream.Stream.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
            .map(m -> DotName.createSimple("jakarta.ws.rs." + m)).toList();
    static final String BEARER = "bearer";
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Invalid input: `errors` names each field");
        ERRORS.put("401", "No valid bearer token");
        ERRORS.put("403", "The role or the jurisdiction does not allow it");
        ERRORS.put("404", "No such resource");
        ERRORS.put("409", "A conflicting state or a stale version");
        ERRORS.put("412", "The If-Match version is stale");
        ERRORS.put("415", "A content type this operation does not take");
        ERRORS.put("422", "A business rule refuses it, or the Idempotency-Key was used for another request");
        ERRORS.put("500", "A fault of ours; `detail` carries the incident id of our log");
        ERRORS.put("503", "The database or a neighbouring service does not answer; retry after `Retry-After` seconds");
    }

    private final IndexView index;

    public ApiShape(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        addCommonParameters(components);
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(BEARER)) {
            components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                    .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("A JWT with the claims sub, groups (roles), jurisdiction (GB/T 2260 "
                            + "division code; required but for admin, auditor and service) and dept"));
        }
        Map<String, ResourceMethod> methods = resourceMethods();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, op) ->
                    shape(path, verb, op, methods.get(op.getOperationId()))));
        }
        new Nullability(index, components).apply(api);
    }

    /** A resource method as served by one resource class (which may inherit it). */
    record ResourceMethod(ClassInfo resource, MethodInfo method) {
        boolean has(DotName annotation) {
            return method.hasDeclaredAnnotation(annotation) || resource.hasDeclaredAnnotation(annotation)
                    || method.declaringClass().hasDeclaredAnnotation(annotation);
        }
    }

    private void shape(String path, PathItem.HttpMethod verb, Operation op, ResourceMethod method) {
        boolean secured = method != null && secured(method);
        boolean idempotent = method != null && method.has(IDEMPOTENT);
        if (method != null) {
            op.setOperationId(operationId(method));
        }
        op.setSecurity(secured ? List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)) : new ArrayList<>());
        List<Parameter> parameters = op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
        parameters.add(OASFactory.createParameter().ref("AcceptLanguage"));
        if (idempotent && parameters.stream().noneMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            parameters.add(OASFactory.createParameter().ref("IdempotencyKey"));
        }
        op.setParameters(parameters);
        boolean hasInput = op.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getRef() == null);
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        Set<String> statuses = new HashSet<>();
        if (hasInput) {
            statuses.add("400");
        }
        if (secured) {
            statuses.add("401");
            statuses.add("403");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (op.getRequestBody() != null) {
            statuses.add("415");
        }
        if (idempotent) {
            statuses.add("409");
            statuses.add("422");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            statuses.add("412");
        }
        statuses.add("500");
        statuses.add("503");
        ERRORS.forEach((status, description) -> {
            if (statuses.contains(status) && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null && response.getRef() == null) {
                response.setContent(problemContent());
            }
        });
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static void addCommonParameters(Components components) {
        components.addParameter("AcceptLanguage", OASFactory.createParameter().name("Accept-Language")
                .in(Parameter.In.HEADER).required(false)
                .description("zh-CN (the default) or en: the language of titles, details and field messages")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("zh-CN"));
        components.addParameter("IdempotencyKey", OASFactory.createParameter().name("Idempotency-Key")
                .in(Parameter.In.HEADER).required(false)
                .description("Up to 200 characters, a UUID is best: a retry with the same key and body returns the first "
                        + "answer and changes nothing")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
    }

    /**
     * The resource methods by the operationId SmallRye gives them ({@code CLASS_METHOD}: {@code Class_method}),
     * including those a resource class inherits (an alias path served by a subclass).
     */
    private Map<String, ResourceMethod> resourceMethods() {
        Map<String, ResourceMethod> methods = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (ClassInfo c = resource; c != null; c = c.superName() == null ? null : index.getClassByName(c.superName())) {
                for (MethodInfo m : c.methods()) {
                    // only resource methods: a private helper of the same name must not stand for an operation
                    if (HTTP_METHODS.stream().anyMatch(m::hasDeclaredAnnotation)) {
                        methods.putIfAbsent(resource.simpleName() + "_" + m.name(), new ResourceMethod(resource, m));
                    }
                }
            }
        }
        return methods;
    }

    static boolean secured(ResourceMethod m) {
        if (m.method().hasDeclaredAnnotation(ROLES_ALLOWED) || m.method().hasDeclaredAnnotation(AUTHENTICATED)) {
            return true;
        }
        if (m.method().hasDeclaredAnnotation(PERMIT_ALL)) {
            return false;
        }
        return m.has(ROLES_ALLOWED) || m.has(AUTHENTICATED);
    }

    /** {@code JurisdictionResource.list} is {@code jurisdictionList}; an inherited method takes its resource's name. */
    static String operationId(ResourceMethod m) {
        String type = m.resource().simpleName().replaceFirst("Resource$", "");
        String name = m.method().name();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
