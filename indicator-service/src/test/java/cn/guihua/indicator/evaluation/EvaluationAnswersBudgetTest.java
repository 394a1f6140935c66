package cn.guihua.indicator.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.guihua.indicator.catalogue.Catalogue;
import cn.guihua.platform.i18n.Language;

/** An answer is given only for the very copy and values it was made from, and the kept answers stay within the budget. */
class EvaluationAnswersBudgetTest {

    private static final Catalogue.Snapshot COPY = new Catalogue.Snapshot(Map.of(), List.of(), OffsetDateTime.now());

    private static EvaluationAnswers answers(long budget) {
        EvaluationAnswers a = new EvaluationAnswers();
        a.config = () -> budget;
        return a;
    }

    private static EvaluationAnswers.Key key(int year) {
        return new EvaluationAnswers.Key("370104-children-2021", year, false, Language.ZH);
    }

    @Test
    void onlyForTheSameCopyAndValues() {
        EvaluationAnswers a = answers(1_000_000);
        byte[] json = "{\"year\":2023}".getBytes();
        a.put(key(2023), COPY, "A\u001f370104\u001f2023\u001f2023\u001f1.5", json);
        assertArrayEquals(json, a.get(key(2023), COPY, "A\u001f370104\u001f2023\u001f2023\u001f1.5"));
        assertNull(a.get(key(2023), COPY, "A\u001f370104\u001f2023\u001f2023\u001f1.50"), "another value (its scale too)");
        assertNull(a.get(key(2023), COPY, null), "no values any more");
        assertNull(a.get(key(2023), new Catalogue.Snapshot(Map.of(), List.of(), COPY.fetchedAt()), "A\u001f370104\u001f2023\u001f2023\u001f1.5"),
                "another copy, even of the same time");
        assertNull(a.get(key(2024), COPY, "A\u001f370104\u001f2023\u001f2023\u001f1.5"), "another year");
        assertNull(a.get(new EvaluationAnswers.Key("370104-children-2021", 2023, false, Language.EN), COPY,
                "A\u001f370104\u001f2023\u001f2023\u001f1.5"), "another language");

        a.put(key(2025), COPY, null, json);
        assertArrayEquals(json, a.get(key(2025), COPY, null), "no values at all is an answer too");
    }

    @Test
    void theAnswersOfAFormerCopyAreDroppedByTheFirstOfANewOne() {
        EvaluationAnswers a = answers(1_000_000);
        byte[] json = "{}".getBytes();
        a.put(key(2023), COPY, "v", json);
        Catalogue.Snapshot refreshed = new Catalogue.Snapshot(Map.of(), List.of(), OffsetDateTime.now());
        a.put(key(2024), refreshed, "v", json);
        assertArrayEquals(json, a.get(key(2024), refreshed, "v"));
        assertNull(a.get(key(2023), refreshed, "v"), "computed under the former copy");
        assertNull(a.get(key(2023), COPY, "v"), "dropped with its copy");
    }

    @Test
    void theLeastRecentlyUsedGoFirstAndNothingBeyondTheBudget() {
        EvaluationAnswers a = answers(3 * (1000 + 200));
        byte[] json = new byte[1000];
        a.put(key(2021), COPY, null, json);
        a.put(key(2022), COPY, null, json);
        a.put(key(2023), COPY, null, json);
        a.get(key(2021), COPY, null);
        a.put(key(2024), COPY, null, json);
        assertNull(a.get(key(2022), COPY, null), "the least recently used one went");
        assertArrayEquals(json, a.get(key(2021), COPY, null));
        assertArrayEquals(json, a.get(key(2023), COPY, null));
        assertArrayEquals(json, a.get(key(2024), COPY, null));

        EvaluationAnswers none = answers(0);
        none.put(key(2023), COPY, null, json);
        assertNull(none.get(key(2023), COPY, null), "a budget of 0 keeps none");
    }
}
