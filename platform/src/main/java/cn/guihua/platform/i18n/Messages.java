package cn.guihua.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * The message catalogue: every user-facing text in zh-CN ({@code messages.properties}) and English
 * ({@code messages_en.properties}), in UTF-8. A service keeps its own texts in {@code messages*.properties} at the
 * root of its resources; the platform's are in {@code cn/guihua/platform/i18n/}. A key is looked up in the service's
 * catalogue first. Patterns are {@link MessageFormat} patterns ({@code {0}}); numbers are inserted as written. Write
 * an apostrophe as {@code ''} in every pattern, with arguments or without.
 */
public final class Messages {

    static final List<String> CATALOGUES = List.of("messages", "cn/guihua/platform/i18n/messages");
    private static final Logger LOG = Logger.getLogger(Messages.class);
    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();
    /**
     * Parsed patterns by language and pattern: parsing one was a tenth of an evaluation's CPU (every explanation is a
     * text). A MessageFormat is not thread-safe, so each use formats with a copy.
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static String get(Language language, String key, Object... args) {
        return get(language, Text.of(key, args));
    }

    public static String get(Language language, Text text) {
        String pattern = pattern(language, text.key());
        if (pattern == null) {
            LOG.errorf("Message key %s is missing from the catalogue", text.key());
            return text.key();
        }
        Object[] args = text.args().clone();
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text t) {
                args[i] = get(language, t);
            } else if (args[i] != null && !(args[i] instanceof String)) {
                // MessageFormat would group digits (370,104) and format dates by locale: values stay as written
                args[i] = String.valueOf(args[i]);
            }
        }
        MessageFormat parsed = FORMATS.computeIfAbsent(language.name() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, language.locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    public static boolean has(String key) {
        return pattern(Language.ZH, key) != null;
    }

    private static String pattern(Language language, String key) {
        for (String base : CATALOGUES) {
            String p = catalogue(base, language).getProperty(key);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Properties catalogue(String base, Language language) {
        String resource = base + (language == Language.EN ? "_en" : "") + ".properties";
        return LOADED.computeIfAbsent(resource, Messages::load);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (cl == null ? Messages.class.getClassLoader() : cl).getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message catalogue " + resource, e);
        }
        return p;
    }

    /**
     * The keys one language has and the other lacks, in every catalogue; empty when they match. Checked at start-up
     * ({@link CatalogueCheck}), so a text missing in one language fails the deployment rather than a caller.
     */
    public static Set<String> unmatchedKeys() {
        Set<String> unmatched = new TreeSet<>();
        for (String base : CATALOGUES) {
            Set<String> zh = catalogue(base, Language.ZH).stringPropertyNames();
            Set<String> en = catalogue(base, Language.EN).stringPropertyNames();
            zh.stream().filter(k -> !en.contains(k)).forEach(k -> unmatched.add(base + ": " + k + " has no English text"));
            en.stream().filter(k -> !zh.contains(k)).forEach(k -> unmatched.add(base + ": " + k + " has no Chinese text"));
        }
        return unmatched;
    }
}
