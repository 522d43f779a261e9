package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GibberishTest {

    @ParameterizedTest
    @ValueSource(strings = {"asdfgh qwerty", "zzz", "jkjkjk", "qwertyuiop", "xxxxx", "!!!", "...", "ASDF", "hahaha",
            "bcdfgh", "sdf ghj", "lkjh", "zxcv bnm", "x", "🚀🚀", "zzz!!! xxxxx"})
    void findsNoWordIn(String text) {
        assertThat(Gibberish.is(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CFO", "Raj", "IT", "SAP", "AWS", "SFDC", "build it themselves", "Dana, CFO, met Tue",
            "José Müller", "naïve", "Zoë", "中文", "עברית", "Пётр", "1.2M", "42", "Q3", "🚀 launch", "ok 👍", "crm",
            "blorp, zzz, met on the 45th of Smarch", "Acme Analytics; we integrate with their ERP", "Nguyen",
            "Brzęczyszczykiewicz", "rhythm", "Lynn", "mtg w/ CFO", "TomTom", "no"})
    void findsAWordIn(String text) {
        assertThat(Gibberish.is(text)).as(text).isFalse();
    }
}
