package cn.guihua.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.guihua.localstack.Service;
import cn.guihua.testsupport.DevTokens;

/** The repository the tests check: where it is, and what each service module says about itself. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("guihua.root", "../..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("guihua.version", "1.0.0-SNAPSHOT");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");
    /** Defaults that only work on a developer's machine, and credentials, which never have a production default. */
    private static final Pattern DEVELOPER_DEFAULT = Pattern.compile("localhost|127\\.0\\.0\\.1|" + Pattern.quote(DevTokens.ISSUER));
    private static final Pattern CREDENTIAL = Pattern.compile("USER|PASSWORD|TOKEN|SECRET");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");

    private Repository() {
    }

    static Path module(Service s) {
        return ROOT.resolve(s.module);
    }

    static Properties applicationProperties(Service s) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(module(s).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static int httpPort(Service s) {
        return Integer.parseInt(applicationProperties(s).getProperty("quarkus.http.port"));
    }

    /**
     * The environment variables a deployment must give a service:
     * <ul>
     * <li>every {@code ${VAR}} in its application.properties without a default, with a default that only works on
     * a developer's machine (localhost, the development token issuer), or naming a credential;</li>
     * <li>the environment form of every setting it has only in the test or dev profile;</li>
     * <li>the environment form of every non-Optional {@code @ConfigProperty} without a default that no property
     * defines, and every {@code System.getenv} in its code.</li>
     * </ul>
     * A variable with a production-worthy default (a topic name, a switch) may stay unset.
     */
    /**
     * The prefixes of {@code @ConfigMapping} settings of the platform and of the service: a mapping fails the start
     * when a setting without default is missing, so a test may override one without a base value.
     */
    static Set<String> mappedPrefixes(Service s) {
        Set<String> prefixes = new TreeSet<>();
        for (Path root : java.util.List.of(ROOT.resolve("platform/src/main/java"), module(s).resolve("src/main/java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = CONFIG_MAPPING.matcher(Files.readString(source));
                    while (m.find()) {
                        prefixes.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return prefixes;
    }

    static Set<String> startupVariables(Service s) {
        Properties p = applicationProperties(s);
        Set<String> vars = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (key.startsWith("%")) {
                String profile = key.substring(0, key.indexOf('.'));
                String base = key.substring(profile.length() + 1);
                if ((profile.equals("%test") || profile.equals("%dev")) && !p.containsKey(base) && !p.containsKey("%prod." + base)
                        && mappedPrefixes(s).stream().noneMatch(prefix -> base.startsWith(prefix + "."))
                        // MicroProfile Fault Tolerance's Class/method/Annotation/parameter: the annotation holds the default
                        && !base.contains("/")) {
                    vars.add(environmentName(base));
                }
                if (!profile.equals("%prod")) {
                    continue;
                }
            }
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                String name = m.group(1);
                String fallback = m.group(2);
                if (!p.containsKey(name) && (fallback == null || DEVELOPER_DEFAULT.matcher(fallback).find()
                        || CREDENTIAL.matcher(name).find())) {
                    vars.add(name);
                }
            }
        }
        try (Stream<Path> sources = Files.walk(module(s).resolve("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = CONFIG_PROPERTY.matcher(code);
                while (m.find()) {
                    // an Optional setting is one the service runs without
                    boolean optional = code.substring(m.end()).stripLeading().startsWith("Optional");
                    if (!optional && !p.containsKey(m.group(1))) {
                        vars.add(environmentName(m.group(1)));
                    }
                }
                Matcher env = GETENV.matcher(code);
                while (env.find()) {
                    vars.add(env.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vars;
    }

    /** MicroProfile Config's environment form of a property name: mp.jwt.verify.issuer is MP_JWT_VERIFY_ISSUER. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
