package cn.guihua.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.guihua.localstack.LocalStack;
import cn.guihua.localstack.Service;

/**
 * Which AppCDS archive a service starts with (docs/performance.md, "JVM settings"): Quarkus' until a training start of
 * the same build has left its own, then that one, and Quarkus' again once the build is newer than the training.
 */
class TrainedArchiveTest {

    @TempDir
    Path root;

    @Test
    void aServiceStartsWithTheArchiveOfATrainingStartOfItsOwnBuild() throws Exception {
        Path app = Files.createDirectories(root.resolve("plan-service/target/quarkus-app"));
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.writeString(app.resolve("app-cds.jsa"), "quarkus");
        LocalStack stack = new LocalStack(root, root.resolve("data"), new PrintStream(OutputStream.nullOutputStream()));
        String quarkus = "-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa");
        String trained = "-XX:SharedArchiveFile=" + app.resolve("app-cds-trained.jsa");

        assertTrue(stack.jvmOptions(Service.PLAN).contains(quarkus), "no training yet: Quarkus' archive");

        Path archive = Files.writeString(app.resolve("app-cds-trained.jsa"), "trained");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(built));
        Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(30)));
        List<String> options = stack.jvmOptions(Service.PLAN);
        assertTrue(options.contains(trained), "trained after the build: its archive");
        assertFalse(options.contains(quarkus));

        Files.setLastModifiedTime(jar, FileTime.from(built.plusSeconds(45)));
        assertTrue(stack.jvmOptions(Service.PLAN).contains(quarkus), "built again since: Quarkus' archive, to train again");
    }

    @Test
    void theTrainingStartIsTheBuildsSecondStartHereNotItsFirst() throws Exception {
        Path app = Files.createDirectories(root.resolve("plan-service/target/quarkus-app"));
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.writeString(app.resolve("app-cds.jsa"), "quarkus");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(jar, FileTime.from(built));
        LocalStack stack = new LocalStack(root, root.resolve("data"), new PrintStream(OutputStream.nullOutputStream()));

        assertFalse(stack.trainsNext(Service.PLAN), "the first start migrates and loads what later starts skip");
        stack.noteStarted(Service.PLAN);
        assertTrue(stack.hasStartedHere(Service.PLAN));
        assertTrue(stack.trainsNext(Service.PLAN), "started here once: the next start is like every later one");
        assertFalse(new LocalStack(root, root.resolve("other"), new PrintStream(OutputStream.nullOutputStream()))
                .trainsNext(Service.PLAN), "another data directory has not seen this build");

        Files.setLastModifiedTime(jar, FileTime.from(built.plusSeconds(30)));
        assertFalse(stack.trainsNext(Service.PLAN), "built again: its first start comes first");

        stack.noteStarted(Service.PLAN);
        Path archive = Files.writeString(app.resolve("app-cds-trained.jsa"), "trained");
        Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(45)));
        assertFalse(stack.trainsNext(Service.PLAN), "trained already");
    }

    @Test
    void withoutQuarkusArchiveThereIsNoneAtAll() throws Exception {
        Path app = Files.createDirectories(root.resolve("plan-service/target/quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        LocalStack stack = new LocalStack(root, root.resolve("data"), new PrintStream(OutputStream.nullOutputStream()));

        assertTrue(stack.jvmOptions(Service.PLAN).stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile=")));
    }
}
