package cn.guihua.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** One overlay of deploy/k8s, rendered by {@code kubectl kustomize} as ops would apply it. */
final class Manifests {

    final String overlay;
    final List<JsonNode> resources;

    private Manifests(String overlay, List<JsonNode> resources) {
        this.overlay = overlay;
        this.resources = resources;
    }

    static Manifests render(String overlay) {
        String dir = Repository.ROOT.resolve("deploy/k8s/overlays").resolve(overlay).toString();
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            List<JsonNode> docs = new ArrayList<>();
            try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(out)) {
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    if (doc != null && !doc.isEmpty()) {
                        docs.add(doc);
                    }
                }
            }
            return new Manifests(overlay, docs);
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render deploy/k8s (Debian: apt-get install kubernetes-client; .ci/run does it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Override
    public String toString() {
        return overlay;
    }
}
