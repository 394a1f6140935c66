package cn.guihua.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "en | EN", "en-US,en;q=0.9 | EN", "zh-CN | ZH", "zh;q=0.5, en;q=0.8 | EN", "en;q=0.5, zh | ZH", "'' | ZH",
        "en;q=abc | ZH", "en;q=abc, zh;q=x | ZH", ";;; | ZH", "; | ZH", ", , | ZH", "* | ZH", "fr, en;q=0.1 | EN",
        "en;q=0 | ZH", "en;q=2 | ZH", "EN | EN" })
    void readsTheHeaderLeniently(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @Test
    void bothCataloguesHaveTheSameKeys() {
        assertTrue(Messages.unmatchedKeys().isEmpty(), Messages.unmatchedKeys().toString());
    }

    @Test
    void argumentsAreWrittenAsGiven() {
        assertEquals("令牌的辖区 370104 不包含 370103", Messages.get(Language.ZH, "problem.detail.outside-jurisdiction", "370104", "370103"));
        assertEquals("Version 12345 is stale; the current one is 12346: reload and retry",
                Messages.get(Language.EN, "problem.detail.stale-version", 12345L, 12346L));
        assertEquals("The token's jurisdiction claim is missing or not a valid GB/T 2260 division code",
                Messages.get(Language.EN, "problem.detail.token-claims"));
    }
}
