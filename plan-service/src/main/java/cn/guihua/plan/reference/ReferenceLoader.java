package cn.guihua.plan.reference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.indicator.IndicatorCatalogue;
import cn.guihua.plan.indicator.IndicatorDocument;
import cn.guihua.plan.plan.PlanImporter;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Text;
import cn.guihua.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the reference data at start-up: {@code reference/indicators.json}, then every
 * {@code reference/plans/<plan code>.json} through {@link PlanImporter}, the import API's own code path. Loading
 * is idempotent (content already held is skipped) and versioned (a changed file becomes the next revision). A
 * file with errors is logged with its name and every JSON path at fault, and skipped; the others still load. What it
 * changes is audited as {@code system:reference-loader} ({@code Audit.recordAs}).
 * <p>
 * A start skips the load when nothing it reads has changed since the last load without errors: the checksum of the
 * reference files and of the application's classes (the code that imports them) is stored in {@code reference_load}.
 * Parsing, validating and comparing every file was most of plan-service's start-up time (issue 17).
 */
@ApplicationScoped
public class ReferenceLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceLoader.class);
    static final String INDICATORS = "reference/indicators.json";
    static final String PLANS = "reference/plans/";
    private static final String ACTOR = "system:reference-loader";
    /** The row of {@code reference_load} this loader keeps. */
    static final String LOAD_NAME = "reference";
    private static final String CLASSES = "cn/guihua/";

    @Inject
    ReferenceConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    PlanImporter importer;

    @Inject
    EntityManager em;

    /** Problems of the last load, by file: what an operator (and a test) reads when a file did not load. */
    private final Map<String, List<String>> problems = Collections.synchronizedMap(new LinkedHashMap<>());

    void onStart(@Observes StartupEvent event) {
        if (!config.load()) {
            return;
        }
        String checksum = checksum();
        if (config.skipUnchanged() && checksum.equals(storedChecksum())) {
            LOG.infof("Reference data unchanged since its last load (checksum %s): not loaded again", checksum.substring(0, 12));
            return;
        }
        load();
        if (problems.isEmpty()) {
            // a load with errors is tried again at the next start, so that its errors are logged again
            storeChecksum(checksum);
        }
    }

    String storedChecksum() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT checksum FROM reference_load WHERE name = ?1", String.class).setParameter(1, LOAD_NAME)
                .getResultStream().findFirst().orElse(null));
    }

    void storeChecksum(String checksum) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO reference_load (name, checksum, loaded_at) "
                + "VALUES (?1, ?2, now()) ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at")
                .setParameter(1, LOAD_NAME).setParameter(2, checksum).executeUpdate());
    }

    public Map<String, List<String>> problems() {
        return Map.copyOf(problems);
    }

    public synchronized void load() {
        problems.clear();
        loadIndicators();
        int imported = 0;
        int unchanged = 0;
        for (String file : planFiles()) {
            PlanImporter.Outcome outcome = loadPlan(file);
            if (outcome == PlanImporter.Outcome.UNCHANGED) {
                unchanged++;
            } else if (outcome != null) {
                imported++;
            }
        }
        LOG.infof("Reference plans: %d imported, %d unchanged, %d with errors", imported, unchanged, problems.size());
    }

    private void loadIndicators() {
        JsonNode list = read(INDICATORS);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            problem(INDICATORS, "$: must be a JSON array");
            return;
        }
        List<IndicatorDocument> docs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            IndicatorDocument doc;
            try {
                doc = json.treeToValue(list.get(i), IndicatorDocument.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problem(INDICATORS, "[" + i + "]: " + e.getOriginalMessage());
                continue;
            }
            Set<ConstraintViolation<IndicatorDocument>> violations = validator.validate(doc);
            if (violations.isEmpty()) {
                docs.add(doc);
            }
            for (ConstraintViolation<IndicatorDocument> v : violations) {
                problem(INDICATORS, "[" + i + "]." + v.getPropertyPath() + ": " + v.getMessage());
            }
        }
        int changed = QuarkusTransaction.requiringNew().call(() -> catalogue.sync(docs, ACTOR).size());
        LOG.infof("Reference indicators: %d of %d added or changed", changed, list.size());
    }

    /** Imports one plan file, a classpath resource named {@code <plan code>.json}; its problems go to {@link #problems()}. */
    PlanImporter.Outcome loadPlan(String resource) {
        JsonNode doc = read(resource);
        if (doc == null) {
            return null;
        }
        String expected = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".json".length());
        if (!expected.equals(doc.path("code").asText())) {
            problem(resource, "code: must be the file name, " + expected);
            return null;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> importer.importDocument(doc,
                    new PlanImporter.Actor(ACTOR, null, false)).outcome());
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                problem(resource, both(e.detail()));
            }
            e.errors().forEach(error -> problem(resource, error.field() + ": " + both(error.message())));
            return null;
        }
    }

    /** For the operator's log: the text in Chinese and in English. */
    private static String both(Text text) {
        String zh = text.in(Language.ZH);
        String en = text.in(Language.EN);
        return zh.equals(en) ? zh : zh + " / " + en;
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warnf("No reference file %s", resource);
                return null;
            }
            return json.readTree(in);
        } catch (IOException e) {
            problem(resource, "not valid JSON: " + e.getMessage());
            return null;
        }
    }

    private void problem(String file, String message) {
        LOG.errorf("Reference file %s: %s", file, message);
        problems.computeIfAbsent(file, f -> new ArrayList<>()).add(message);
    }

    /**
     * SHA-256 over the name and content of every reference file and every class of this application, from where
     * its classes come from (as {@link #planFiles()}). In the application jar the content is the CRC-32 and size the
     * jar records for each entry, so no entry is read; a rebuild with the same sources gives the same checksum, a
     * changed file or importer a new one.
     */
    static String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path origin = Path.of(ReferenceLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(origin)) {
                List<Path> files;
                try (Stream<Path> all = Files.walk(origin)) {
                    files = all.filter(Files::isRegularFile).filter(p -> counted(origin.relativize(p).toString().replace('\\', '/')))
                            .sorted().toList();
                }
                for (Path p : files) {
                    sha.update(origin.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(p));
                }
            } else {
                try (JarFile jar = new JarFile(origin.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && counted(e.getName()))
                            .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : entries) {
                        sha.update((e.getName() + ' ' + e.getCrc() + ' ' + e.getSize() + '\n').getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the reference data's checksum", e);
        }
    }

    private static boolean counted(String name) {
        return name.startsWith("reference/") || (name.startsWith(CLASSES) && name.endsWith(".class"));
    }

    /**
     * The plan files, by name. They are listed from where this application's classes come from: the classes
     * directory in development and tests, the application jar when packaged.
     */
    static List<String> planFiles() {
        try {
            Path origin = Path.of(ReferenceLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(origin)) {
                Path dir = origin.resolve(PLANS);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.map(p -> PLANS + p.getFileName()).filter(n -> n.endsWith(".json")).sorted()
                            .collect(Collectors.toList());
                }
            }
            try (JarFile jar = new JarFile(origin.toFile())) {
                List<String> names = new ArrayList<>();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(PLANS) && name.endsWith(".json") && name.indexOf('/', PLANS.length()) < 0) {
                        names.add(name);
                    }
                }
                Collections.sort(names);
                return names;
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the reference plans", e);
        }
    }
}
