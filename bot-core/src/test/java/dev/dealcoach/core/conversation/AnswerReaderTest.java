package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.AnswerReader.Accepted;
import dev.dealcoach.core.conversation.AnswerReader.Context;
import dev.dealcoach.core.conversation.AnswerReader.Reading;
import dev.dealcoach.core.conversation.AnswerReader.Rejected;
import dev.dealcoach.core.model.FiscalCalendar;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerReaderTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);
    private static final Context USD = new Context(TODAY, Currency.getInstance("USD"), CALENDAR_YEAR);

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

    private static Question question(AnswerType type) {
        return switch (type) {
            case CHOICE -> CHOICE;
            case YES_NO -> YES_NO;
            default -> question(type, List.of());
        };
    }

    /** A hint or note as it reads, literal markers dropped. */
    private static String shown(String markup) {
        return Markup.plain(markup);
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
    void readsAMillionWithASuffixKeepingWhatWasTyped() {
        Answer answer = accepted(MONEY, "$1.2M");

        assertThat(answer.value()).isEqualTo("USD 1200000.00");
        assertThat(answer.text()).isEqualTo("$1.2M");
        assertThat(answer.unknown()).isFalse();
    }

    @Test
    void readsABareAmountInTheOrgCurrency() {
        Answer answer = reader.read(MONEY, "450k", new Context(TODAY, Currency.getInstance("EUR"), CALENDAR_YEAR)) instanceof Accepted a
                ? a.answer() : null;

        assertThat(answer).isNotNull();
        assertThat(answer.value()).isEqualTo("EUR 450000.00");
        assertThat(answer.text()).isEqualTo("450k");
    }

    @Test
    void rejectsAnAmountThatIsNotOne() {
        assertThat(rejected(MONEY, "lots")).isEqualTo("I need an amount, like `$450k`, `1.2M` or `450,000`.");
    }

    @Test
    void rejectsANegativeAmountSayingWhy() {
        assertThat(rejected(MONEY, "-5000")).isEqualTo("An amount can't be negative: type it without the minus, like `$450k`.");
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
        assertThat(rejected(NUMBER, "12 apples and 3 pears")).isEqualTo("I need a number, like `3` or `12`.");
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
        String typed = "word ".repeat(2_000);

        Reading reading = read(TEXT, typed);

        assertThat(reading).isInstanceOf(Accepted.class);
        Accepted accepted = (Accepted) reading;
        assertThat(accepted.answer().text()).hasSize(AnswerReader.MAX_LENGTH).isEqualTo("word ".repeat(AnswerReader.MAX_LENGTH / 5));
        assertThat(accepted.answer().value()).isEqualTo(accepted.answer().text());
        assertThat(accepted.note()).isEqualTo("That was long: I kept the first 2,000 characters.");
    }

    @Test
    void addsNoNoteToAnAnswerOfTheMaximumLength() {
        Reading reading = read(TEXT, "word".repeat(AnswerReader.MAX_LENGTH / 4));

        assertThat(reading).isInstanceOf(Accepted.class);
        assertThat(((Accepted) reading).note()).isEmpty();
        assertThat(((Accepted) reading).answer().text()).hasSize(AnswerReader.MAX_LENGTH);
    }

    @Test
    void cutsALongAnswerWithoutSplittingAnEmoji() {
        String typed = "win" + "😀".repeat(5_000);

        Reading reading = read(TEXT, typed);

        assertThat(reading).isInstanceOf(Accepted.class);
        String kept = ((Accepted) reading).answer().text();
        assertThat(kept.length()).isLessThanOrEqualTo(AnswerReader.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("ends with half an emoji").isFalse();
        assertThat(kept).isEqualTo("win" + "😀".repeat((AnswerReader.MAX_LENGTH - 3) / 2));
    }

    @Test
    void writesTheCutNoteInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Reading reading = read(TEXT, "word ".repeat(2_000));
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
        AnswerReader.Context context = new AnswerReader.Context(monday, Currency.getInstance("USD"), CALENDAR_YEAR);

        AnswerReader.Accepted friday = (AnswerReader.Accepted) new AnswerReader().read(who, "Lars, plant lead; met Friday", context);
        AnswerReader.Accepted tuesday = (AnswerReader.Accepted) new AnswerReader().read(who, "Raj, VP Ops, spoke on Tue", context);

        assertThat(friday.answer().date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(tuesday.answer().date()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    // ---- uncertainty in other words

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERSON | I don't know
            PERSON | We don't know yet
            TEXT   | We have no idea
            TEXT   | nothing really
            TEXT   | haven't found one
            TEXT   | Not identified yet.
            DATE   | not sure yet
            MONEY  | TBD at the moment
            NUMBER | no idea, honestly
            YES_NO | not sure yet
            """)
    void readsUncertaintyInOtherWordsAsUnknownAndSaysSo(AnswerType type, String typed) {
        Reading reading = read(question(type), typed);

        assertThat(reading).as(typed).isInstanceOf(Accepted.class);
        Accepted accepted = (Accepted) reading;
        assertThat(accepted.answer().unknown()).as(typed).isTrue();
        assertThat(accepted.answer().text()).isEqualTo(typed);
        assertThat(shown(accepted.note())).startsWith("Read as `");
    }

    @ParameterizedTest
    @ValueSource(strings = {"don't know", "Don't know.", "dont know"})
    void readsTheWordsDontKnowWithoutANote(String typed) {
        for (Question question : List.of(TEXT, PERSON, YES_NO, DATE, MONEY, NUMBER)) {
            assertThat(read(question, typed)).as(question.type() + " " + typed).isEqualTo(new Accepted(Answer.dontKnow(typed), ""));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TEXT   | TBD
            TEXT   | none
            TEXT   | n/a
            TEXT   | ?
            PERSON | nobody yet
            PERSON | no idea
            PERSON | none
            DATE   | not sure
            DATE   | TBD
            MONEY  | idk
            MONEY  | unknown
            NUMBER | none
            NUMBER | no idea
            YES_NO | not sure
            """)
    void saysHowEveryOtherWayOfNotKnowingWasRead(AnswerType type, String typed) {
        assertThat(read(question(type), typed)).as(typed).isEqualTo(new Accepted(Answer.dontKnow(typed), "Read as `don't know`."));
    }

    @Test
    void givesNoNoteForAnOptionPickedOrItsLabelTyped() {
        assertThat(read(CHOICE, "unknown")).isEqualTo(new Accepted(new Answer("Don't know them yet", "unknown", true, null), ""));
        assertThat(read(CHOICE, "Don't know them yet")).isEqualTo(new Accepted(new Answer("Don't know them yet", "unknown", true, null), ""));
        assertThat(read(CHOICE, "4")).isEqualTo(new Accepted(new Answer("Don't know them yet", "unknown", true, null), ""));
        assertThat(read(YES_NO, "no")).isEqualTo(new Accepted(Answer.of("no", "no"), ""));
    }

    @Test
    void saysWhichOptionOtherWordsOfNotKnowingPicked() {
        assertThat(read(CHOICE, "not sure")).isEqualTo(new Accepted(new Answer("Don't know them yet", "unknown", true, null),
                "Read as `" + Markup.literal("Don't know them yet") + "`."));
    }

    @Test
    void saysHowAPhraseOfUncertaintyWasRead() {
        assertThat(read(PERSON, "I don't know")).isEqualTo(new Accepted(Answer.dontKnow("I don't know"), "Read as `don't know`."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERSON | Dana Whitfield, CFO; not sure she has budget
            TEXT   | nothing ships until legal signs
            TEXT   | no one but Raj can sign
            """)
    void keepsRealAnswersThatMerelyContainWordsOfUncertainty(AnswerType type, String typed) {
        Answer answer = accepted(question(type), typed);

        assertThat(answer.unknown()).as(typed).isFalse();
        assertThat(answer.value()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "not yet", "No, not yet.", "nope, not yet", "nah", "not really"})
    void readsRefusalsForAYesNoQuestionAsNo(String typed) {
        assertThat(accepted(YES_NO, typed)).isEqualTo(Answer.of(typed, "no"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"really", "yet", "really yet"})
    void readsNothingFromFillerAlone(String typed) {
        assertThat(rejected(YES_NO, typed)).isEqualTo("Answer `yes` or `no` (or press a button).");
    }

    @Test
    void picksTheDontKnowOptionOfAChoiceForUncertaintyInOtherWords() {
        Reading reading = read(CHOICE, "I honestly don't know");

        assertThat(reading).isInstanceOf(Accepted.class);
        assertThat(((Accepted) reading).answer()).isEqualTo(new Answer("Don't know them yet", "unknown", true, null));
        assertThat(shown(((Accepted) reading).note())).isEqualTo("Read as `Don't know them yet`.");
    }

    @Test
    void picksAnOptionBeforeReadingUncertainty() {
        Question paper = question(AnswerType.CHOICE, List.of(
                new Block.Option("ready", "None: ready to sign"), new Block.Option("unknown", "Don't know")));

        assertThat(accepted(paper, "none")).isEqualTo(Answer.of("None: ready to sign", "ready"));
        assertThat(accepted(paper, "Don't know")).isEqualTo(new Answer("Don't know", "unknown", true, null));
    }

    // ---- plausibility

    @Test
    void refusesAPastDateWhereTheQuestionAsksForOneStillToCome() {
        Question signing = new Question("signing-date", "Which signing date?", AnswerType.DATE, List.of(), "", "", true);

        assertThat(rejected(signing, "yesterday")).isEqualTo("Nov 22 has passed: type a date still to come, or `don't know`.");
        assertThat(rejected(signing, "Jan 5 2026")).isEqualTo("Jan 5 has passed: type a date still to come, or `don't know`.");
        assertThat(rejected(signing, "2025-12-01")).startsWith("Dec 1, 2025 has passed:");
        assertThat(accepted(signing, "today").date()).isEqualTo(TODAY);
        assertThat(accepted(signing, "end of quarter").date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(accepted(DATE, "yesterday").date()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void readsQuartersInTheOrgsFiscalCalendar() {
        Context february = new Context(TODAY, Currency.getInstance("USD"), new FiscalCalendar(2));

        assertThat(((Accepted) reader.read(DATE, "end of quarter", february)).answer().date()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(((Accepted) reader.read(DATE, "Q1", february)).answer().date()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(accepted(DATE, "Q1").date()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DATE   | Feb 30                                | I couldn't read `Feb 30` as a date: try `Dec 15`, `end of quarter` or `2026-12-15`.
            DATE   | 2026-13-45                            | I couldn't read `2026-13-45` as a date: try `Dec 15`, `end of quarter` or `2026-12-15`.
            TEXT   | old contract ends on the 31st of June | I couldn't read `31st of June` as a date: write it like `Dec 15` or `next Friday`, or leave the date out.
            PERSON | blorp, zzz, met on the 45th of Smarch | I couldn't read `45th of Smarch` as a date: say when you last spoke like `last Tuesday` or `Nov 12`, or leave it out.
            """)
    void namesTheBitOfAnAnswerThatLooksLikeADateButIsNotOne(AnswerType type, String typed, String hint) {
        assertThat(shown(rejected(question(type), typed))).isEqualTo(hint);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TEXT   | asdfgh qwerty | I can't make that out: type the answer in words, or `don't know`.
            TEXT   | zzz           | I can't make that out: type the answer in words, or `don't know`.
            TEXT   | !!!           | I can't make that out: type the answer in words, or `don't know`.
            PERSON | jkjkjk        | I can't make that out: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            PERSON | qwertyuiop    | I can't make that out: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            """)
    void asksAgainForTextWithNoWordInIt(AnswerType type, String typed, String hint) {
        assertThat(rejected(question(type), typed)).isEqualTo(hint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CFO", "SAP", "build it themselves", "losing 3 enterprise renewals a quarter", "save $400k a year",
            "cut onboarding from 6 weeks to 2", "中文", "1.2M", "🚀 launch"})
    void keepsShortRealAnswersAndNumbersThatAreNotDates(String typed) {
        assertThat(accepted(TEXT, typed)).isEqualTo(Answer.of(typed, typed));
    }

    @Test
    void refusesANegativeCount() {
        assertThat(rejected(NUMBER, "-3")).isEqualTo("I need a number of 0 or more, like `3` or `12`.");
        assertThat(accepted(NUMBER, "0").value()).isEqualTo("0");
    }

    // ---- amounts as people say them

    @Test
    void readsASpokenAmountKeepingWhatWasTyped() {
        assertThat(accepted(MONEY, "300 grand")).isEqualTo(Answer.of("300 grand", "USD 300000.00"));
        assertThat(accepted(MONEY, "1.2 million dollars")).isEqualTo(Answer.of("1.2 million dollars", "USD 1200000.00"));
        assertThat(accepted(MONEY, "¥5,000,000")).isEqualTo(Answer.of("¥5,000,000", "JPY 5000000"));
    }

    @Test
    void readsADecimalCommaWhereTheOrgsCurrencyIsWrittenThatWay() {
        Context euros = new Context(TODAY, Currency.getInstance("EUR"), CALENDAR_YEAR);

        assertThat(((Accepted) reader.read(MONEY, "2,5M", euros)).answer()).isEqualTo(Answer.of("2,5M", "EUR 2500000.00"));
    }

    @Test
    void asksBackADecimalCommaWhereTheOrgsCurrencyIsWrittenWithAPoint() {
        assertThat(rejected(MONEY, "$2,5M"))
                .isEqualTo("Did you mean `$2,500,000`? Type it like that: in USD, commas separate thousands and a point starts the decimals.");
    }

    // ---- uncertainty inside a sentence

    private static final Question ECONOMIC_BUYER = new Question("economic-buyer",
            "Who signs off on the budget, and when did you last speak with them?", AnswerType.PERSON, null,
            "Name, role and when, like: Dana Whitfield, CFO, met her last Tuesday");
    private static final Question PAIN = new Question("pain",
            "What business problem is painful enough that they will change, and what does it cost them?", AnswerType.TEXT, null,
            "A number makes it real, like: losing 3 enterprise renewals a quarter to slow onboarding");
    private static final Question SIGNING_DATE = new Question("signing-date", "Which signing date has the customer confirmed?",
            AnswerType.DATE, List.of(), "A date still to come, like Dec 15 or end of quarter", "", true);

    @ParameterizedTest
    @ValueSource(strings = {"We don't know who the economic buyer is", "no idea who signs", "not sure who signs off",
            "I have no idea who signs, honestly", "Nobody has been identified", "we haven't met them",
            "haven't identified the EB yet", "I don't know who signs, to be honest", "haven't asked", "still figuring it out",
            "TBD - Raj will tell us", "no one yet, Raj is finding out"})
    void readsAPersonAnswerThatOnlySaysNobodyIsKnownAsUnknown(String typed) {
        assertThat(read(ECONOMIC_BUYER, typed)).as(typed).isEqualTo(new Accepted(Answer.dontKnow(typed), "Read as `don't know`."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know what their pain is", "We have no idea yet what it costs them", "Not sure there is any pain",
            "no clue what they measure"})
    void readsATextAnswerThatOnlySaysItIsNotKnownAsUnknown(String typed) {
        assertThat(read(PAIN, typed)).as(typed).isEqualTo(new Accepted(Answer.dontKnow(typed), "Read as `don't know`."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no date yet", "they haven't confirmed", "not confirmed yet", "none confirmed"})
    void readsADateAnswerThatSaysThereIsNoneYetAsUnknown(String typed) {
        assertThat(read(SIGNING_DATE, typed)).as(typed).isEqualTo(new Accepted(Answer.dontKnow(typed), "Read as `don't know`."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PERSON | Dana Whitfield, CFO; not sure she has budget
            PERSON | Not sure yet, but probably Dana Whitfield (CFO)
            PERSON | no one yet, but Raj Mehta (VP Ops) wants it
            TEXT   | nothing ships until legal signs
            TEXT   | We don't know the exact date but legal expects Dec 15
            TEXT   | No idea is too small for them: they want ROI within 6 months
            TEXT   | not sure how, but they lose customers to slow onboarding
            """)
    void keepsAnAnswerThatGivesANameOrAFactBesideTheDoubt(AnswerType type, String typed) {
        assertThat(read(type == AnswerType.PERSON ? ECONOMIC_BUYER : PAIN, typed)).as(typed)
                .isEqualTo(new Accepted(Answer.of(typed, typed), ""));
    }

    // ---- junk that would score as an answer

    @ParameterizedTest
    @ValueSource(strings = {"123", "12345 67890", "$5", "42.", "1,200 / 3"})
    void asksForWordsWhereATextAnswerHasNone(String typed) {
        assertThat(shown(rejected(PAIN, typed)))
                .isEqualTo("Say it in words, like: losing 3 enterprise renewals a quarter to slow onboarding.");
        assertThat(rejected(TEXT, typed)).isEqualTo("Say it in words, or `don't know`.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "testing", "ok", "okay", "OK!", "blah", "blah blah", "blah 5", "lorem ipsum", "xyzzy", "foo",
            "bar", "see above", "Same as above.", "it depends", "whatever", "stuff", "something", "yes", "no", "Nope.", "yeah"})
    void asksAgainForAPlaceholderTextAnswer(String typed) {
        assertThat(shown(rejected(PAIN, typed)))
                .isEqualTo("That doesn't say much: say it in words, like: losing 3 enterprise renewals a quarter to slow onboarding.");
        assertThat(rejected(TEXT, typed)).isEqualTo("That doesn't say much: say it in words, or `don't know`.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "ok", "yes", "no", "blah blah", "whatever"})
    void asksAgainForAPlaceholderPersonAnswer(String typed) {
        assertThat(rejected(ECONOMIC_BUYER, typed))
                .isEqualTo("That doesn't say much: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "N/A", "none", "nothing"})
    void readsNotApplicableAsUnknownNotAsAPlaceholder(String typed) {
        assertThat(accepted(PAIN, typed).unknown()).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test results from the POC convinced them", "it depends on the legal review", "ok with our pricing",
            "something like 3 renewals lost a quarter", "yes: they lose 3 renewals a quarter", "1.2M", "Q3 audit", "no SSO means no deal"})
    void keepsATextAnswerThatMerelyStartsLikeAPlaceholder(String typed) {
        assertThat(accepted(PAIN, typed)).isEqualTo(Answer.of(typed, typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sdfsdfsdf, met yesterday | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            met yesterday            | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            Met her last Tuesday     | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            qwrtz (CFO)              | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            yes, met yesterday       | Give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            Yes - spoke Tuesday      | Give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            ok; met him              | Give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            called her twice         | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            We're meeting Tuesday    | I can't make out a name: give a name and role, like `Dana Whitfield, CFO`, or `don't know`.
            """)
    void asksAgainForAPersonAnswerThatNamesNobody(String typed, String hint) {
        assertThat(rejected(ECONOMIC_BUYER, typed)).as(typed).isEqualTo(hint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dana Whitfield, CFO, met her last Tuesday", "the CFO, met Tuesday", "Raj (VP Ops)", "王伟, CFO",
            "josé garcía, cfo", "their head of procurement", "dana", "raj from it", "Dr. Anna Schmidt", "O'Brien, finance",
            "Mary-Jane Lee - CFO", "met Dana yesterday", "Not sure yet, but probably Dana Whitfield (CFO)", "procurement lead",
            "yes, Dana", "sure, the CFO", "Dana's boss", "xu ming"})
    void acceptsAPersonAnswerThatNamesSomeone(String typed) {
        Answer answer = accepted(ECONOMIC_BUYER, typed);
        assertThat(answer.unknown()).as(typed).isFalse();
        assertThat(answer.value()).isEqualTo(typed);
    }

    // ---- dates, amounts and counts as people say them

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            USD | 15/12    | 2026-12-15
            EUR | 15/12    | 2026-12-15
            USD | 12/15    | 2026-12-15
            EUR | 12/15    | 2026-12-15
            USD | 3/4      | 2027-03-04
            EUR | 3/4      | 2027-04-03
            GBP | 3/4      | 2027-04-03
            USD | 3.4.2027 | 2027-04-03
            """)
    void readsANumericDateInTheOrgsUsualOrderWhenItCouldBeEitherWayRound(String currency, String typed, LocalDate expected) {
        Context context = new Context(TODAY, Currency.getInstance(currency), CALENDAR_YEAR);

        assertThat(((Accepted) reader.read(DATE, typed, context)).answer().date()).as(typed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EOY                  | 2027-01-31
            end of year          | 2027-01-31
            end of calendar year | 2026-12-31
            next quarter         | 2027-04-30
            end of January       | 2027-01-31
            mid January          | 2027-01-15
            early Feb            | 2027-02-07
            Jan                  | 2027-01-31
            """)
    void readsTheEndOfTheYearAsTheEndOfTheOrgsFiscalYear(String typed, LocalDate expected) {
        Context february = new Context(TODAY, Currency.getInstance("USD"), new FiscalCalendar(2));

        assertThat(((Accepted) reader.read(DATE, typed, february)).answer().date()).as(typed).isEqualTo(expected);
    }

    @Test
    void stillAsksForADateWhenTheAnswerIsVague() {
        assertThat(rejected(DATE, "soon")).isEqualTo("I need a date, like `Dec 15`, `next Friday` or `2026-12-15`.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            about 200k        | USD 200000.00
            ~200k             | USD 200000.00
            around $1.2M      | USD 1200000.00
            roughly 300k      | USD 300000.00
            half a million    | USD 500000.00
            a quarter million | USD 250000.00
            """)
    void readsApproximateAndSpokenAmounts(String typed, String value) {
        assertThat(accepted(MONEY, typed)).isEqualTo(Answer.of(typed, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"200-300k", "between $200k and $300k", "1M to 1.5M"})
    void asksForOneNumberInsteadOfARange(String typed) {
        assertThat(shown(rejected(MONEY, typed))).isEqualTo("`" + typed + "` is a range: give one number, the one you would commit to.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 seats | 12
            about 50 | 50
            ~40      | 40
            """)
    void readsACountWithWhatItCountsOrMarkedAsApproximate(String typed, String value) {
        assertThat(accepted(NUMBER, typed)).isEqualTo(Answer.of(typed, value));
    }
}
