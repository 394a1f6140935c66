package cn.guihua.indicator.evaluation;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.i18n.Language;

/**
 * The JSON answers of {@code GET /api/v1/evaluations}, each kept with exactly what it was computed from: the catalogue
 * copy (by identity: a copy never changes, a refresh makes a new one) and the monitored values it read, as the one text
 * of {@link Observations#annualValues} (every row, in a fixed order). An evaluation is a function of those, its plan,
 * year, {@code includePending} and language only, so an answer is given again only to a request that has just read the
 * very same values from the database under the very same copy. Every request still reads its values (one statement,
 * its own snapshot of the table): a value submitted, approved, corrected or deleted, by any replica and by any path,
 * changes the text and so is evaluated; nothing has to be told of a change, and nothing is invalidated. What is saved
 * is the evaluation itself and, the larger part, writing its JSON (every explanation is a message text, issue 17).
 * <p>
 * Only the answers of one copy are kept: the first answer of a new copy drops the others (they could never be given
 * again), so no former copy stays in memory. Bounded by {@code guihua.evaluations.answer-cache-bytes}, the JSON and the
 * text kept with it (8 MB by default, a bound on what the cache adds to the heap and so to the RSS; the 102 answers of
 * the benchmark's 17 plans and 6 years take 5 MB; 0 keeps none), the least recently used out first.
 */
@ApplicationScoped
public class EvaluationAnswers {

    /** What an answer depends on besides the copy and the values. */
    record Key(String plan, int year, boolean includePending, Language language) {
    }

    /** An answer and the values it was computed from. */
    private record Answer(String values, byte[] json) {

        long weight() {
            return json.length + (values == null ? 0 : values.length()) + 200L;
        }
    }

    @Inject
    EvaluationsConfig config;

    /** Guarded by {@code this}, as are the two fields below: the copy the answers were computed under. */
    private Catalogue.Snapshot snapshot;
    private final LinkedHashMap<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /** The answer computed under this copy from these values, or null. */
    byte[] get(Key key, Catalogue.Snapshot snapshot, String values) {
        Answer a;
        synchronized (this) {
            if (snapshot != this.snapshot) {
                return null;
            }
            a = answers.get(key);
        }
        return a != null && Objects.equals(a.values(), values) ? a.json() : null;
    }

    void put(Key key, Catalogue.Snapshot snapshot, String values, byte[] json) {
        long budget = config.answerCacheBytes();
        Answer a = new Answer(values, json);
        if (a.weight() > budget) {
            return;
        }
        synchronized (this) {
            if (snapshot != this.snapshot) {
                answers.clear();
                weight = 0;
                this.snapshot = snapshot;
            }
            Answer old = answers.put(key, a);
            weight += a.weight() - (old == null ? 0 : old.weight());
            for (Iterator<Map.Entry<Key, Answer>> i = answers.entrySet().iterator(); weight > budget && i.hasNext();) {
                weight -= i.next().getValue().weight();
                i.remove();
            }
        }
    }
}
