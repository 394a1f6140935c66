package cn.guihua.platform.openapi;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * Declares in each component schema what the JSON really holds, from the Java type behind it:
 * <ul>
 * <li>a property may be {@code null} unless its type is primitive, a list or map (the platform writes an empty one
 * for null, see {@code JsonSettings}) or it carries {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty};</li>
 * <li>in a schema that only answers carry, every property is {@code required} (Jackson writes each one, null or
 * not) unless the class or field says {@code @JsonInclude} otherwise; schemas of request bodies keep the
 * {@code required} of their bean validation constraints.</li>
 * </ul>
 * So a generated client types {@code observed: number | null} and makes the caller handle it.
 */
final class Nullability {

    private static final Set<DotName> NOT_NULL = Set.of(
            DotName.createSimple("jakarta.validation.constraints.NotNull"),
            DotName.createSimple("jakarta.validation.constraints.NotBlank"),
            DotName.createSimple("jakarta.validation.constraints.NotEmpty"));
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");
    /** Only Guihua's own classes answer requests; a library class of the same simple name must not stand for one. */
    private static final String OWN_PACKAGES = "cn.guihua.";
    private static final String REF_PREFIX = "#/components/schemas/";

    private final IndexView index;
    private final Components components;
    private final Map<String, ClassInfo> classes = new HashMap<>();

    Nullability(IndexView index, Components components) {
        this.index = index;
        this.components = components;
        for (ClassInfo c : index.getKnownClasses()) {
            // an entity never answers a request itself (views do), but often shares its view's simple name;
            // a class that names its schema explicitly wins over one that merely has the same simple name
            if (c.name().toString().startsWith(OWN_PACKAGES) && !c.hasDeclaredAnnotation(ENTITY)) {
                boolean named = c.declaredAnnotation(SCHEMA) != null && c.declaredAnnotation(SCHEMA).value("name") != null;
                if (named) {
                    classes.put(schemaName(c), c);
                } else {
                    classes.putIfAbsent(schemaName(c), c);
                }
            }
        }
    }

    void apply(OpenAPI api) {
        if (components.getSchemas() == null) {
            return;
        }
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null) {
                    reach(op.getRequestBody().getContent(), inRequests);
                }
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> reach(r.getContent(), inResponses));
                }
            }));
        }
        components.getSchemas().forEach((name, schema) -> {
            ClassInfo type = typeOf(name);
            if (type == null || schema.getProperties() == null) {
                return;
            }
            boolean answerOnly = inResponses.contains(name) && !inRequests.contains(name);
            boolean omitsEmpty = includesOnlySome(type.declaredAnnotation(JSON_INCLUDE));
            Map<String, Schema> properties = new java.util.LinkedHashMap<>(schema.getProperties());
            properties.forEach((property, propertySchema) -> {
                FieldInfo field = field(type, property);
                if (field == null) {
                    return;
                }
                if (!nonNull(field)) {
                    schema.addProperty(property, nullable(propertySchema));
                }
                if (answerOnly && !omitsEmpty && !includesOnlySome(field.annotation(JSON_INCLUDE))
                        && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                    schema.addRequired(property);
                }
            });
        });
    }

    private ClassInfo typeOf(String schemaName) {
        ClassInfo c = classes.get(schemaName);
        if (c != null) {
            return c;
        }
        // a generic type's schema is named after it and its arguments: PageAuditView is Page<AuditView>
        ClassInfo best = null;
        for (Map.Entry<String, ClassInfo> e : classes.entrySet()) {
            if (!e.getValue().typeParameters().isEmpty() && schemaName.startsWith(e.getKey())
                    && (best == null || e.getKey().length() > schemaName(best).length())) {
                best = e.getValue();
            }
        }
        return best;
    }

    private static String schemaName(ClassInfo c) {
        AnnotationInstance schema = c.declaredAnnotation(SCHEMA);
        if (schema != null && schema.value("name") != null) {
            return schema.value("name").asString();
        }
        return c.simpleName();
    }

    private FieldInfo field(ClassInfo type, String property) {
        for (ClassInfo c = type; c != null; c = c.superName() == null ? null : index.getClassByName(c.superName())) {
            for (FieldInfo f : c.fields()) {
                AnnotationInstance renamed = f.annotation(JSON_PROPERTY);
                String name = renamed != null && renamed.value() != null && !renamed.value().asString().isEmpty()
                        ? renamed.value().asString() : f.name();
                if (name.equals(property) && !java.lang.reflect.Modifier.isStatic(f.flags())) {
                    return f;
                }
            }
        }
        return null;
    }

    private boolean nonNull(FieldInfo f) {
        Type t = f.type();
        if (t.kind() == Type.Kind.PRIMITIVE || t.kind() == Type.Kind.ARRAY) {
            return true;
        }
        if (NOT_NULL.stream().anyMatch(f::hasAnnotation)) {
            return true;
        }
        return isCollectionOrMap(t.name());
    }

    private boolean isCollectionOrMap(DotName name) {
        try {
            Class<?> c = Class.forName(name.toString(), false, Nullability.class.getClassLoader());
            return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean includesOnlySome(AnnotationInstance include) {
        if (include == null) {
            return false;
        }
        AnnotationValue v = include.value();
        return v != null && !"ALWAYS".equals(v.asEnum());
    }

    /** The schema of a property that may be null: {@code type: [string, "null"]}, or {@code anyOf} a reference and null. */
    static Schema nullable(Schema s) {
        List<Schema.SchemaType> types = s.getType();
        if (s.getRef() == null && types != null && !types.isEmpty()) {
            if (!types.contains(Schema.SchemaType.NULL)) {
                s.addType(Schema.SchemaType.NULL);
                if (s.getEnumeration() != null && !s.getEnumeration().contains(null)) {
                    s.addEnumeration(null);
                }
            }
            return s;
        }
        if (s.getRef() == null && (s.getAllOf() == null || s.getAllOf().isEmpty()) && s.getAnyOf() == null && s.getOneOf() == null) {
            return s; // an open schema admits null already
        }
        if (s.getAnyOf() != null && s.getAnyOf().stream().anyMatch(a -> a.getType() != null && a.getType().contains(Schema.SchemaType.NULL))) {
            return s;
        }
        Schema wrapper = OASFactory.createSchema();
        wrapper.setDescription(s.getDescription());
        s.setDescription(null);
        List<Schema> alternatives = new ArrayList<>();
        alternatives.add(s);
        alternatives.add(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        wrapper.setAnyOf(alternatives);
        return wrapper;
    }

    private void reach(Content content, Set<String> found) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(m -> {
            if (m.getSchema() != null) {
                todo.add(m.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
                String name = s.getRef().substring(REF_PREFIX.length());
                if (found.add(name) && components.getSchemas().get(name) != null) {
                    todo.add(components.getSchemas().get(name));
                }
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            if (s.getItems() != null) {
                todo.add(s.getItems());
            }
            for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                todo.add(s.getAdditionalPropertiesSchema());
            }
        }
    }
}
