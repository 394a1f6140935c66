package cn.guihua.emergency.compliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.RequestLanguage;
import cn.guihua.platform.jdbc.DataVersion;

/**
 * The compliance views answered, kept as JSON for as long as what they are made of is unchanged (issue 17: a view
 * reads a dozen tables, and under the mixed load it was emergency-service's slowest answer, while its inputs change
 * a few times a day).
 * <p>
 * <b>Why a kept answer is the database's answer.</b> The tables a view reads carry triggers (V9) that add one to
 * {@code compliance_version} in every transaction that writes them, visible in the same commit as the change. A
 * request reads the version first. A kept answer is used only when it was computed at that version. A computed answer
 * is kept only when the version read again after computing it is the same: no write committed while it was read.
 * A view depends on the jurisdiction, the date it is judged as of, the days ahead and the language, never on the
 * caller (whose right to the jurisdiction is checked before).
 */
@ApplicationScoped
public class ComplianceAnswers {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ComplianceAnswersConfig config;

    /** {@link ComplianceAnswersConfig#enabled}, switched by tests to compare kept answers with computed ones. */
    volatile boolean enabled;

    private volatile Generation kept;

    @PostConstruct
    void configure() {
        enabled = config.enabled();
    }

    record Key(String jurisdiction, LocalDate on, int withinDays, Language language) {
    }

    /** The answers of one version, within a budget of bytes. */
    private record Generation(DataVersion version, Map<Key, byte[]> answers, AtomicLong budget) {
    }

    /**
     * The JSON of the view of {@code jurisdiction} as of {@code on}: kept, or computed by {@code view} (and kept). Call
     * inside the reader's transaction, before it reads anything else.
     */
    byte[] answer(String jurisdiction, LocalDate on, int withinDays, Supplier<ComplianceView> view) {
        if (!enabled) {
            return write(view.get());
        }
        DataVersion before = version();
        Key key = new Key(jurisdiction, on, withinDays, RequestLanguage.current());
        Generation g = kept;
        if (g != null && g.version.equals(before)) {
            byte[] answer = g.answers.get(key);
            if (answer != null) {
                return answer;
            }
        }
        byte[] written = write(view.get());
        if (before != null && before.equals(version())) {
            keep(before, key, written);
        }
        return written;
    }

    /** How many answers are kept for the newest version (for tests). */
    int kept() {
        Generation g = kept;
        return g == null ? 0 : g.answers.size();
    }

    private synchronized void keep(DataVersion version, Key key, byte[] answer) {
        Generation g = kept;
        if (g == null || !g.version.atLeast(version)) {
            g = new Generation(version, new ConcurrentHashMap<>(), new AtomicLong(config.maxBytes().asLongValue()));
            kept = g;
        } else if (!g.version.equals(version)) {
            return; // a newer version is kept already
        }
        if (g.budget.addAndGet(-answer.length) >= 0) {
            if (g.answers.putIfAbsent(key, answer) != null) {
                g.budget.addAndGet(answer.length);
            }
        } else {
            g.budget.addAndGet(answer.length);
        }
    }

    private byte[] write(ComplianceView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataVersion version() {
        return DataVersion.read(em, "compliance_version");
    }
}
