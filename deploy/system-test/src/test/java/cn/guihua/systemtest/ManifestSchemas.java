package cn.guihua.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON schemas under deploy/k8s/schemas (generated from the CRDs of the operator releases Guihua supports and
 * from the Kubernetes OpenAPI by generate.py; index.json maps each apiVersion/kind to its files), strict as
 * {@code kubectl apply} is: a field the API server or the operator would refuse is a violation.
 */
final class ManifestSchemas {

    static final Path DIR = Repository.ROOT.resolve("deploy/k8s/schemas");
    private static ManifestSchemas loaded;

    /** apiVersion/kind to its schemas, one per supported operator release ("strimzi-1.2.0/kafka-...json"). */
    private final Map<String, Map<String, Schema>> byKind;
    final JsonNode index;

    private ManifestSchemas(JsonNode index, Map<String, Map<String, Schema>> byKind) {
        this.index = index;
        this.byKind = byKind;
    }

    static synchronized ManifestSchemas load() {
        if (loaded == null) {
            ObjectMapper json = new ObjectMapper();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
            try {
                JsonNode index = json.readTree(DIR.resolve("index.json").toFile());
                Map<String, Map<String, Schema>> byKind = new LinkedHashMap<>();
                for (var kind : (Iterable<Map.Entry<String, JsonNode>>) index.path("kinds")::fields) {
                    Map<String, Schema> schemas = new LinkedHashMap<>();
                    for (JsonNode file : kind.getValue()) {
                        schemas.put(file.asText(), registry.getSchema(json.readTree(DIR.resolve(file.asText()).toFile())));
                    }
                    byKind.put(kind.getKey(), schemas);
                }
                loaded = new ManifestSchemas(index, byKind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** The schemas a resource of this apiVersion and kind is checked against, by file. */
    Map<String, Schema> of(String apiVersion, String kind) {
        return byKind.getOrDefault(apiVersion + "/" + kind, Map.of());
    }

    /**
     * Every way the resource breaks one of its kind's schemas, each naming the schema file and the field; a kind
     * without a committed schema is a violation too, so nothing is applied unchecked.
     */
    List<String> violations(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String kind = resource.path("kind").asText();
        String name = resource.path("metadata").path("name").asText();
        Map<String, Schema> schemas = of(apiVersion, kind);
        List<String> found = new ArrayList<>();
        if (schemas.isEmpty()) {
            found.add(apiVersion + " " + kind + " " + name + ": no schema in deploy/k8s/schemas (generate.py, sources.json)");
        }
        schemas.forEach((file, schema) -> {
            for (Error e : schema.validate(resource)) {
                found.add(kind + " " + name + " against " + file + ": " + e.getInstanceLocation() + " " + e.getMessage());
            }
        });
        return found;
    }
}
