package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UncertaintyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "don't know", "Don’t know.", "dont know", "do not know", "I don't know", "I really don't know",
            "We don't know yet", "we don't know that yet", "not sure", "Not sure yet.", "I'm not sure", "we're not sure",
            "not really sure", "no idea", "No idea!!", "we have no idea", "I have no idea at the moment",
            "honestly, no idea", "no clue", "TBD", "tbd at this point", "to be determined", "nobody yet", "no one really",
            "no one so far", "nothing really", "nothing at all", "none", "none yet", "none of them", "haven't found one",
            "we haven't found one yet", "not identified yet", "none identified so far", "unclear", "still unclear",
            "it's unclear right now", "n/a", "N/A", "unknown", "idk", "idk tbh", "dunno", "?", "???", "not sure who",
            "no idea when", "not sure about that", "to be honest, I don't know", "there is nobody", "there's no one yet",
            "sorry, not sure", "hard to say", "who knows", "not yet", "nope, no idea", "we don't have one"})
    void readsThesePhrasingsAsUnknown(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "Dana Whitfield, CFO; not sure she has budget", "nothing ships until legal signs",
            "don't know the CFO's name", "no one but Raj can sign", "Raj, not sure", "not sure yet, maybe Dana",
            "none: ready to sign", "no budget until Q2", "unclear pricing is the risk", "Dana", "CFO",
            "Acme Analytics; we integrate with their ERP", "I know exactly who", "we know the CFO"})
    void readsRealAnswersThatMerelyContainSuchWordsAsAnswers(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"don't know", "Don’t know.", "none", "N/A", "no one yet", "TBD", "not sure", "?"})
    void knowsThePlainShortForms(String answer) {
        assertThat(Uncertainty.isPlain(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know", "we have no idea", "nothing really", "haven't found one", "unclear"})
    void tellsPhrasedUncertaintyFromThePlainForms(String answer) {
        assertThat(Uncertainty.isPlain(answer)).as(answer).isFalse();
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }
}
