package cn.guihua.emergency.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference data fails start-up rather than load what it does not understand: an unknown key, a rule without its
 * source, a missing file, or data that contradicts itself. Plain JUnit: each case loads a copy of the folder with one
 * change, through a class loader that sees only the copy.
 */
class ReferenceDataTest {

    private static final List<String> FILES = List.of("plans.json", "warnings.json", "responses.json", "command.json",
            "programmes.json", "resources-zhangdian.json");

    @TempDir
    Path dir;

    @Test
    void theShippedFilesLoad() throws IOException {
        ReferenceData data = load(null, null);
        assertEquals(32, data.warnings().authority().size());
        assertEquals(3, data.plans().size());
        assertEquals(List.of("ZD-SHELTER-003", "ZD-SHELTER-007"),
                data.coordinateFindings().stream().map(ReferenceData.CoordinateFinding::code).toList());
        assertEquals("INVALID_DMS", data.coordinateFindings().get(0).problem());
        assertEquals("OUT_OF_BOUNDS", data.coordinateFindings().get(1).problem());
    }

    @Test
    void anUnknownKeyFailsStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load("warnings.json",
                s -> s.replaceFirst("\"districtMayRecord\"", "\"districtMayRecords\"")));
        assertTrue(e.getMessage().contains("districtMayRecords"), e.getMessage());
    }

    @Test
    void aRuleWithoutItsSourceFailsStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load("responses.json",
                s -> s.replaceFirst("\"source\": \"000:1173\",", "")));
        assertTrue(e.getMessage().contains("tiers[0].source is missing"), e.getMessage());
        IllegalStateException malformed = assertThrows(IllegalStateException.class, () -> load("command.json",
                s -> s.replaceFirst("\"source\": \"000:2914\"", "\"source\": \"the drug plan\"")));
        assertTrue(malformed.getMessage().contains("is not FILE:LINE"), malformed.getMessage());
    }

    @Test
    void aMissingFileOrAnUnknownPlanFailsStartUp() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> load("programmes.json", s -> null));
        assertTrue(missing.getMessage().contains("programmes.json is missing"), missing.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> load("command.json",
                s -> s.replace("\"planCode\": \"HY_DRUG_SAFETY\",\n      \"jurisdiction\": \"370104\",\n      \"title\"",
                        "\"planCode\": \"HY_FLOOD\",\n      \"jurisdiction\": \"370104\",\n      \"title\"")));
        assertTrue(unknown.getMessage().contains("HY_FLOOD"), unknown.getMessage());
    }

    /** A coordinate problem the file does not declare, or a count that does not match the annex, is refused. */
    @Test
    void resourceDataThatContradictsItselfFailsStartUp() {
        IllegalStateException undeclared = assertThrows(IllegalStateException.class, () -> load("resources-zhangdian.json",
                s -> s.replace("\"maxLongitude\": 118.2,", "\"maxLongitude\": 118.8,")));
        assertTrue(undeclared.getMessage().contains("ZD-SHELTER-007 declares the coordinate problem OUT_OF_BOUNDS but validation finds null"),
                undeclared.getMessage());
        IllegalStateException decimal = assertThrows(IllegalStateException.class, () -> load("resources-zhangdian.json",
                s -> s.replace("\"longitudeDms\": \"118°2′7″\"", "\"longitudeDms\": \"118°2′17″\"")));
        assertTrue(decimal.getMessage().contains("ZD-SHELTER-005.longitude"), decimal.getMessage());
        IllegalStateException count = assertThrows(IllegalStateException.class, () -> load("resources-zhangdian.json",
                s -> s.replaceFirst("\"medicalUnits\": 17", "\"medicalUnits\": 18")));
        assertTrue(count.getMessage().contains("counts.medicalUnits"), count.getMessage());
    }

    /** Loads a copy of the shipped folder in which {@code file} is changed by {@code change} (null: removed). */
    private ReferenceData load(String file, UnaryOperator<String> change) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reference"));
        for (String f : FILES) {
            String text;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/" + f)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (f.equals(file)) {
                text = change.apply(text);
            }
            Path target = folder.resolve(f);
            Files.deleteIfExists(target);
            if (text != null) {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader only = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null)) {
            Thread.currentThread().setContextClassLoader(only);
            ReferenceData data = new ReferenceData();
            data.load();
            return data;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
