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
            "sorry, not sure", "hard to say", "who knows", "not yet", "nope, no idea", "we don't have one", "NO IDEA WHO SIGNS"})
    void readsThesePhrasingsAsUnknown(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We don't know who the economic buyer is", "no idea who signs", "not sure who signs off",
            "I have no idea who signs, honestly", "Nobody has been identified", "we haven't met them",
            "haven't identified the EB yet", "I don't know who signs, to be honest", "haven't asked",
            "still figuring it out", "TBD - Raj will tell us", "no one yet, Raj is finding out",
            "not sure who signs, asking our champion", "no idea who signs and when", "we haven't spoken to anyone",
            "they haven't told us who signs", "We're waiting to hear back", "they're checking", "N/A - no EB",
            "nobody, we're still mapping the org", "no economic buyer yet"})
    void readsUncertaintyAboutWhoAsUnknown(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I don't know what their pain is", "We have no idea yet what it costs them", "Not sure there is any pain",
            "no clue what they measure", "not sure what the ROI is", "we haven't quantified it",
            "nothing specific", "nothing on the radar"})
    void readsUncertaintyAboutWhatAsUnknown(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no date yet", "they haven't confirmed", "not confirmed yet", "none confirmed",
            "no firm date", "no date set", "nothing confirmed so far", "TBC", "tba"})
    void readsUncertaintyAboutWhenAsUnknown(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Not sure yet, but probably Dana Whitfield (CFO)", "We don't know the exact date but legal expects Dec 15",
            "No idea is too small for them: they want ROI within 6 months", "haven't met the CFO",
            "not sure the CFO will approve", "not sure who signs, probably finance", "no idea, they lose 3 deals a month",
            "not sure how, but they lose customers to slow onboarding", "no one yet, Raj is finding out by the 15th",
            "not sure if we meet tomorrow", "no budget until Q2", "nobody but the board signs",
            "we haven't met them but Dana Whitfield runs finance", "not sure she has budget, Dana Whitfield is CFO"})
    void readsAFactBesideTheDoubtAsAnAnswer(String answer) {
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isFalse();
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
    @ValueSource(strings = {"don't know", "Don’t know.", "dont know", "do not know", "DON'T KNOW"})
    void knowsTheWordsDontKnowThemselves(String answer) {
        assertThat(Uncertainty.isDontKnowItself(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know", "none", "N/A", "no one yet", "TBD", "not sure", "?", "idk", "unknown",
            "no idea", "nobody yet"})
    void tellsEveryOtherWayOfSayingItFromTheWordsThemselves(String answer) {
        assertThat(Uncertainty.isDontKnowItself(answer)).as(answer).isFalse();
        assertThat(Uncertainty.isUnknown(answer)).as(answer).isTrue();
    }
}
