package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.AnswerReader.Accepted;
import dev.dealcoach.core.conversation.AnswerReader.Context;
import dev.dealcoach.core.conversation.AnswerReader.Reading;
import dev.dealcoach.core.conversation.AnswerReader.Rejected;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Context USD = new Context(TODAY, Currency.getInstance("USD"));

    private static final Question TEXT = question(AnswerType.TEXT, List.of());
    private static final Question PERSON = question(AnswerType.PERSON, List.of());
    private static final Question YES_NO = question(AnswerType.YES_NO, null);
    private static final Question DATE = question(AnswerType.DATE, List.of());
    private static final Question MONEY = question(AnswerType.MONEY, List.of());
    private static final Question NUMBER = question(AnswerType.NUMBER, List.of());
    private static final Question CHOICE = question(AnswerType.CHOICE, List.of(
            new Block.Option("strong-fit", "Written down, we fit well"),
            new Block.Option("known", "Known, not written down"),
            new Block.Option("poor-fit", "Written down, we fit poorly"),
            new Block.Option("unknown", "Don't know them yet")));

    private final AnswerReader reader = new AnswerReader();

    private static Question question(AnswerType type, List<Block.Option> options) {
        return new Question("q", "A question?", type, options, "");
    }

    private Reading read(Question question, String input) {
        return reader.read(question, input, USD);
    }

    private Answer accepted(Question question, String input) {
        Reading reading = read(question, input);
        assertThat(reading).as(input).isInstanceOf(Accepted.class);
        return ((Accepted) reading).answer();
    }

    private String rejected(Question question, String input) {
        Reading reading = read(question, input);
        assertThat(reading).as(input).isInstanceOf(Rejected.class);
        return ((Rejected) reading).hint();
    }

    // ---- TEXT

    @Test
    void keepsTextAsTyped() {
        assertThat(accepted(TEXT, "  Losing 3 renewals a quarter  "))
                .isEqualTo(new Answer("Losing 3 renewals a quarter", "Losing 3 renewals a quarter", false, null));
    }

    @Test
    void keepsEmojiAndMarkupCharactersAsTyped() {
        String typed = "🔥 *urgent* _really_ <@U123> & <b>`code`</b> 👍🏽";

        Answer answer = accepted(TEXT, typed);

        assertThat(answer.text()).isEqualTo(typed);
        assertThat(answer.value()).isEqualTo(typed);
        assertThat(answer.unknown()).isFalse();
    }

    // ---- MONEY

    @Test
    void readsAMillionWithASuffixInTheOrgCurrency() {
        Answer answer = accepted(MONEY, "$1.2M");

        assertThat(answer.value()).isEqualTo("USD 1200000.00");
        assertThat(answer.text()).isEqualTo("$1,200,000");
        assertThat(answer.unknown()).isFalse();
    }

    @Test
    void readsABareAmountInTheOrgCurrency() {
        Answer answer = reader.read(MONEY, "450k", new Context(TODAY, Currency.getInstance("EUR"))) instanceof Accepted a
                ? a.answer() : null;

        assertThat(answer).isNotNull();
        assertThat(answer.value()).isEqualTo("EUR 450000.00");
        assertThat(answer.text()).isEqualTo("€450,000");
    }

    @Test
    void rejectsAnAmountThatIsNotOne() {
        assertThat(rejected(MONEY, "lots")).isEqualTo("I need an amount, like `$450k`, `1.2M` or `450,000`.");
    }

    @Test
    void rejectsANegativeAmount() {
        assertThat(rejected(MONEY, "-5000")).isEqualTo("I need an amount, like `$450k`, `1.2M` or `450,000`.");
    }

    // ---- DATE

    @Test
    void readsARelativeDate() {
        Answer answer = accepted(DATE, "next Friday");

        assertThat(answer.date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(answer.value()).isEqualTo("2026-11-27");
        assertThat(answer.text()).isEqualTo("next Friday");
        assertThat(answer.unknown()).isFalse();
    }

    @Test
    void readsAMonthAndDay() {
        Answer answer = accepted(DATE, "Dec 15");

        assertThat(answer.date()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(answer.value()).isEqualTo("2026-12-15");
    }

    @Test
    void rejectsAVagueDate() {
        assertThat(rejected(DATE, "soonish")).isEqualTo("I need a date, like `Dec 15`, `next Friday` or `2026-12-15`.");
    }

    // ---- NUMBER

    @Test
    void readsANumberInCanonicalForm() {
        assertThat(accepted(NUMBER, "3").value()).isEqualTo("3");
        assertThat(accepted(NUMBER, "1,200").value()).isEqualTo("1200");
        assertThat(accepted(NUMBER, "12.50").value()).isEqualTo("12.5");
        assertThat(accepted(NUMBER, "10").value()).isEqualTo("10");
        assertThat(accepted(NUMBER, "five")).isEqualTo(Answer.of("five", "5"));
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThat(rejected(NUMBER, "a dozen or so")).isEqualTo("I need a number, like `3` or `12`.");
        assertThat(rejected(NUMBER, "12 apples")).isEqualTo("I need a number, like `3` or `12`.");
    }

    // ---- PERSON

    @Test
    void readsAPersonWithTheDateTheyWereLastMet() {
        Answer answer = accepted(PERSON, "Dana Whitfield, CFO, met her last Tuesday");

        assertThat(answer.text()).isEqualTo("Dana Whitfield, CFO, met her last Tuesday");
        assertThat(answer.value()).isEqualTo("Dana Whitfield, CFO, met her last Tuesday");
        assertThat(answer.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(answer.unknown()).isFalse();
    }

    @Test
    void readsAPersonWithoutAContactDate() {
        Answer answer = accepted(PERSON, "Raj Mehta, VP Ops");

        assertThat(answer.date()).isNull();
        assertThat(answer.unknown()).isFalse();
    }

    @Test
    void dropsAContactDateInTheFuture() {
        Answer answer = accepted(PERSON, "Dana Whitfield, CFO, meeting her next Friday");

        assertThat(answer.date()).isNull();
        assertThat(answer.unknown()).isFalse();
        assertThat(answer.text()).isEqualTo("Dana Whitfield, CFO, meeting her next Friday");
    }

    @Test
    void rejectsAPersonWithNoLetters() {
        assertThat(rejected(PERSON, "12345 !!"))
                .isEqualTo("Give a name and role, like `Dana Whitfield, CFO`, or `don't know`.");
    }

    // ---- YES_NO

    @Test
    void readsYesAndNoInTheirUsualForms() {
        assertThat(accepted(YES_NO, "yes")).isEqualTo(Answer.of("yes", "yes"));
        assertThat(accepted(YES_NO, "y")).isEqualTo(Answer.of("y", "yes"));
        assertThat(accepted(YES_NO, "Yep!")).isEqualTo(Answer.of("Yep!", "yes"));
        assertThat(accepted(YES_NO, "nope")).isEqualTo(Answer.of("nope", "no"));
        assertThat(accepted(YES_NO, "No")).isEqualTo(Answer.of("No", "no"));
        assertThat(accepted(YES_NO, "not yet")).isEqualTo(Answer.of("not yet", "no"));
    }

    @Test
    void rejectsMaybeForAYesNoQuestion() {
        assertThat(rejected(YES_NO, "maybe")).isEqualTo("Answer `yes` or `no` (or press a button).");
    }

    @Test
    void givesAYesNoQuestionYesAndNoOptions() {
        assertThat(YES_NO.options()).extracting(Block.Option::value).containsExactly("yes", "no");
    }

    // ---- CHOICE

    @Test
    void picksAnOptionByItsValue() {
        assertThat(accepted(CHOICE, "poor-fit")).isEqualTo(Answer.of("Written down, we fit poorly", "poor-fit"));
    }

    @Test
    void picksAnOptionByItsNumber() {
        assertThat(accepted(CHOICE, "2")).isEqualTo(Answer.of("Known, not written down", "known"));
        assertThat(accepted(CHOICE, " 1. ")).isEqualTo(Answer.of("Written down, we fit well", "strong-fit"));
    }

    @Test
    void rejectsANumberBeyondTheOptions() {
        assertThat(rejected(CHOICE, "5")).startsWith("Pick one of:");
        assertThat(rejected(CHOICE, "0")).startsWith("Pick one of:");
    }

    @Test
    void picksAnOptionByItsLabelIgnoringCase() {
        assertThat(accepted(CHOICE, "WRITTEN DOWN, WE FIT WELL")).isEqualTo(Answer.of("Written down, we fit well", "strong-fit"));
        assertThat(accepted(CHOICE, "known not written down")).isEqualTo(Answer.of("Known, not written down", "known"));
    }

    @Test
    void picksAnOptionByTheStartOfItsLabelWhenOnlyOneStartsThatWay() {
        assertThat(accepted(CHOICE, "Known")).isEqualTo(Answer.of("Known, not written down", "known"));
    }

    @Test
    void rejectsAnAmbiguousLabelStartListingTheOptions() {
        assertThat(rejected(CHOICE, "written down"))
                .isEqualTo("Pick one of: `Written down, we fit well`, `Known, not written down`, "
                        + "`Written down, we fit poorly`, `Don't know them yet` (or press a button, or type its number).");
    }

    @Test
    void pickingTheUnknownOptionGivesAnUnknownAnswer() {
        Answer answer = accepted(CHOICE, "unknown");

        assertThat(answer).isEqualTo(new Answer("Don't know them yet", "unknown", true, null));
    }

    @Test
    void typingTheStartOfTheUnknownOptionPicksIt() {
        assertThat(accepted(CHOICE, "don't know")).isEqualTo(new Answer("Don't know them yet", "unknown", true, null));
    }

    @Test
    void saysDontKnowForAChoiceWithoutAnUnknownOption() {
        Question budget = question(AnswerType.CHOICE, List.of(
                new Block.Option("approved", "Approved"), new Block.Option("none", "No budget yet")));

        assertThat(accepted(budget, "not sure")).isEqualTo(Answer.dontKnow("not sure"));
        assertThat(accepted(budget, "none")).isEqualTo(Answer.of("No budget yet", "none"));
    }

    // ---- don't know, for every type

    @Test
    void readsDontKnowPhrasesAsUnknownForEveryType() {
        for (Question question : List.of(TEXT, PERSON, YES_NO, DATE, MONEY, NUMBER, CHOICE)) {
            for (String phrase : List.of("don't know", "Not sure", "n/a", "dont know", "Don’t know")) {
                Answer answer = accepted(question, phrase);
                assertThat(answer.unknown()).as(question.type() + " " + phrase).isTrue();
            }
        }
    }

    @Test
    void keepsWhatWasTypedWhenTheAnswerIsUnknown() {
        assertThat(accepted(DATE, "not sure")).isEqualTo(Answer.dontKnow("not sure"));
        assertThat(accepted(MONEY, "n/a")).isEqualTo(Answer.dontKnow("n/a"));
        assertThat(accepted(PERSON, "no idea")).isEqualTo(Answer.dontKnow("no idea"));
        assertThat(accepted(TEXT, "TBD")).isEqualTo(Answer.dontKnow("TBD"));
        assertThat(accepted(NUMBER, "?")).isEqualTo(Answer.dontKnow("?"));
    }

    @Test
    void recognisesDontKnowPhrases() {
        assertThat(AnswerReader.isDontKnow("Don’t know.")).isTrue();
        assertThat(AnswerReader.isDontKnow("no one yet")).isTrue();
        assertThat(AnswerReader.isDontKnow("N/A")).isTrue();
        assertThat(AnswerReader.isDontKnow("Dana")).isFalse();
        assertThat(AnswerReader.isDontKnow("don't know the CFO's name")).isFalse();
    }

    // ---- empty and long input

    @Test
    void rejectsAnEmptyAnswerForEveryType() {
        for (Question question : List.of(TEXT, PERSON, YES_NO, DATE, MONEY, NUMBER, CHOICE)) {
            assertThat(rejected(question, "")).isEqualTo("Type an answer, or `don't know`.");
            assertThat(rejected(question, "   \n\t ")).isEqualTo("Type an answer, or `don't know`.");
            assertThat(rejected(question, null)).isEqualTo("Type an answer, or `don't know`.");
        }
    }

    @Test
    void cutsAVeryLongAnswerWithANote() {
        String typed = "x".repeat(10_000);

        Reading reading = read(TEXT, typed);

        assertThat(reading).isInstanceOf(Accepted.class);
        Accepted accepted = (Accepted) reading;
        assertThat(accepted.answer().text()).hasSize(AnswerReader.MAX_LENGTH).isEqualTo("x".repeat(AnswerReader.MAX_LENGTH));
        assertThat(accepted.answer().value()).isEqualTo(accepted.answer().text());
        assertThat(accepted.note()).isEqualTo("That was long: I kept the first 2,000 characters.");
    }

    @Test
    void addsNoNoteToAnAnswerOfTheMaximumLength() {
        Reading reading = read(TEXT, "y".repeat(AnswerReader.MAX_LENGTH));

        assertThat(reading).isInstanceOf(Accepted.class);
        assertThat(((Accepted) reading).note()).isEmpty();
        assertThat(((Accepted) reading).answer().text()).hasSize(AnswerReader.MAX_LENGTH);
    }

    @Test
    void cutsALongAnswerWithoutSplittingAnEmoji() {
        String typed = "a" + "😀".repeat(5_000);

        Reading reading = read(TEXT, typed);

        assertThat(reading).isInstanceOf(Accepted.class);
        String kept = ((Accepted) reading).answer().text();
        assertThat(kept.length()).isLessThanOrEqualTo(AnswerReader.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("ends with half an emoji").isFalse();
        assertThat(kept).isEqualTo("a" + "😀".repeat((AnswerReader.MAX_LENGTH - 1) / 2));
    }

    @Test
    void writesTheCutNoteInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Reading reading = read(TEXT, "x".repeat(10_000));
            assertThat(((Accepted) reading).note()).isEqualTo("That was long: I kept the first 2,000 characters.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void givesNoNoteToAShortAnswer() {
        assertThat(read(TEXT, "short")).isEqualTo(new Accepted(Answer.of("short", "short"), ""));
    }

    @Test
    void keepsTheCutNoteOnlyForAcceptedAnswers() {
        Reading reading = read(NUMBER, "9".repeat(10_000));

        assertThat(reading).isInstanceOf(Accepted.class);
        assertThat(((Accepted) reading).note()).isEqualTo("That was long: I kept the first 2,000 characters.");
        assertThat(((Accepted) reading).answer().value()).isEqualTo("9".repeat(AnswerReader.MAX_LENGTH));

        assertThat(read(DATE, "z".repeat(10_000))).isInstanceOf(Rejected.class);
    }

    @Test
    void aWeekdayInAPersonAnswerIsTheLastOneNotTheNext() {
        Question who = new Question("champion", "Who is your champion?", AnswerType.PERSON, null, null);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        AnswerReader.Context context = new AnswerReader.Context(monday, java.util.Currency.getInstance("USD"));

        AnswerReader.Accepted friday = (AnswerReader.Accepted) new AnswerReader().read(who, "Lars, plant lead; met Friday", context);
        AnswerReader.Accepted tuesday = (AnswerReader.Accepted) new AnswerReader().read(who, "Raj, VP Ops, spoke on Tue", context);

        assertThat(friday.answer().date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(tuesday.answer().date()).isEqualTo(LocalDate.of(2026, 11, 17));
    }
}
