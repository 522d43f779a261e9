package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.AnswerReader;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deal reviews through the real engine with the in-memory store and the bundled demo org, on
 * Monday 2026-11-23. Ria's deal D-1028 "Globex Freight - Platform" is in Negotiation, closing Dec 12.
 */
class DealReviewConversationTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private ChatScript chat;

    @BeforeEach
    void startWithTheDemoOrg() {
        new DataImport(stores).importDemo(clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    @Test
    void aRepReviewsANegotiationDealAndIsCoachedOnItsGaps() {
        chat.as("ria").says("review globex")
                .expectReply("Globex Freight - Platform  ·  $240,000  ·  Negotiation  ·  closes Dec 12 (19 days)",
                        "MEDDPICC, 13 questions",
                        "1/13 Who signs off on the budget, and when did you last speak with them?");

        WholeReviewScript.answerTheDevelopReview(chat)
                .expectReply("First review of this deal.", "MEDDPICC review by Ria Patel, Nov 23");

        DealReview saved = stores.reviews().latest("D-1028").orElseThrow();
        assertThat(saved.reviewerId()).isEqualTo("ria");
        assertThat(saved.answers()).hasSize(13);
        assertThat(saved.answers().get("economic-buyer").date()).hasToString("2026-11-17");
        assertThat(saved.answers().get("budget").value()).isEqualTo("allocated");
        assertThat(saved.answers().get("slip-risk").text()).isEqualTo(WholeReviewScript.SLIP_RISK);
        assertThat(saved.outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(saved.outcome().scores()).containsEntry("champion", 0).containsEntry("metrics", 2);
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
    }

    @Test
    void aSecondReviewSaysWhatChangedAndCanReachPursue() {
        chat.as("ria").says("review D-1028");
        WholeReviewScript.answerTheDevelopReview(chat);
        clock.advance(Duration.ofDays(2));

        chat.as("mo").says("review globex").expectReply("Owned by Ria Patel.")
                .says("Dana Whitfield, CFO, call yesterday")
                .clicks("Approved")
                .says("Losing 3 renewals a quarter, about $900k a year")
                .says("Onboarding from 6 weeks to 2")
                .says("Raj Mehta, VP Ops, gets his team off spreadsheets; met him yesterday")
                .clicks("Written down, we fit well")
                .says("IT review Dec 3, CFO sign-off Dec 8; CISO can veto")
                .clicks("Contract in legal review")
                .says("Acme Analytics; our ERP integration is live at 3 of their peers")
                .clicks("Ahead: they prefer us")
                .says("Old contract ends Jan 31")
                .says("Legal redlines could drag")
                .clicks("Yes")
                .expectReply("Verdict: PURSUE",
                        "An engaged economic buyer, urgent, quantified pain and an active champion.",
                        "1. Lock the date: ask Dana to confirm signing by Dec 12 in writing.",
                        "2. Walk the paper process with procurement this week",
                        "3. Keep Raj close: agree the next meeting before this one ends.",
                        "Since the last review (Nov 23): Economic buyer ●○ -> ●●",
                        "Champion ○○ -> ●●", "Paper process ○○ -> ●●", "verdict DEVELOP -> PURSUE",
                        "MEDDPICC review by Mo Chen, Nov 25");

        assertThat(stores.reviews().history("D-1028")).extracting(DealReview::reviewerId).containsExactly("mo", "ria");
    }

    @Test
    void theLatestReviewCanBeReadBackWithTheDealCommand() {
        chat.as("ria").says("deal globex").expectReply("Not reviewed yet.", "[Review it now]")
                .clicks("Review it now").expectReply("1/13");
        WholeReviewScript.answerTheDevelopReview(chat);

        chat.says("deal D-1028").expectReply("Verdict: DEVELOP", "Champion: ○○", "1. Paper process: Get procurement's steps");
    }

    @Test
    void cancelStopsTheReviewAndSavesNothing() {
        chat.as("ria").says("review globex")
                .says("Dana Whitfield, CFO, met her last Tuesday")
                .says("cancel").expectReply("Stopped the review of Globex Freight - Platform. Nothing was saved.");

        assertThat(stores.reviews().latest("D-1028")).isEmpty();
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
        chat.says("cancel").expectReply("There is nothing to cancel.");
        chat.says("Dana again").expectReply("I didn't get that.");
    }

    @Test
    void aReviewLeftUnansweredForAWeekIsDroppedButSixDaysIsFine() {
        chat.as("ria").says("review globex").says("Dana Whitfield, CFO, met her last Tuesday");
        clock.advance(Duration.ofDays(6));
        chat.clicks("Approved").expectReply("3/13");

        clock.advance(dev.dealcoach.core.privacy.Retention.DEFAULTS.conversations().plusMinutes(1));

        chat.says("help").expectReply("What I can do", "`review <deal>`", "`cancel` stops");
        assertThat(chat.reply()).doesNotContain("middle of", "3/13");
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
    }

    @Test
    void backReAsksThePreviousQuestionShowingTheEarlierAnswer() {
        chat.as("ria").says("review globex")
                .says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13")
                .says("back").expectReply("1/13 Who signs off", "You said: Dana Whitfield, CFO, met her last Tuesday")
                .says("Dana Whitfield, CFO, spoke yesterday").expectReply("2/13")
                .says("back").says("back").expectReply("This is the first question.", "1/13");
    }

    @Test
    void aWrongAnswerIsReAskedWithAHintAndEarlierAnswersAreKept() {
        chat.as("ria").says("review globex")
                .says("Dana Whitfield, CFO, met her last Tuesday")
                .says("maybe?").expectReply("Pick one of: `Approved`, `Allocated, not approved`, `No budget yet`", "2/13 Is the budget approved")
                .says("2").expectReply("3/13");

        var state = stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();
        assertThat(state.answers()).containsOnlyKeys("economic-buyer", "budget");
        assertThat(state.answers().get("budget").value()).isEqualTo("allocated");
    }

    @Test
    void aCloseStageReviewAsksForTheSigningDateAndRejectsANonDateOrOneThatHasPassed() {
        Deal closeDeal = stores.deals().all().stream()
                .filter(d -> d.stage() == Stage.CLOSE).findFirst().orElseThrow();
        chat.as(closeDeal.ownerId()).says("review " + closeDeal.id());
        for (int i = 0; i < 12; i++) {
            chat.says("don't know");
        }
        chat.expectReply("13/13 Which signing date has the customer confirmed?")
                .says("soonish").expectReply("I need a date, like `Dec 15`, `next Friday` or `2026-12-15`.", "13/13")
                .says("yesterday").expectReply("Nov 22 has passed: type a date still to come, or `don't know`.", "13/13")
                .says("next Friday").expectReply("Verdict: DISQUALIFY", "No access to the economic buyer, no clear pain and signing date Nov 27 is not the CRM close date Jan 22, 2027.",
                        "1. Put Nov 27 in the CRM as the close date");
        assertThat(chat.reply()).as("a finding the verdict names is not said twice").doesNotContain("⚠");

        assertThat(stores.reviews().latest(closeDeal.id()).orElseThrow().answers().get("signing-date").value()).isEqualTo("2026-11-27");
    }

    @Test
    void aRepeatedDeliveryGivesNoSecondReplyAndNoSecondRecord() {
        chat.as("ria").says("review globex").expectReply("1/13")
                .redelivers().expectNoReply();
        chat.says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13")
                .redelivers().expectNoReply()
                .clicks("Approved").expectReply("3/13")
                .redelivers().expectNoReply();

        var state = stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();
        assertThat(state.step()).isEqualTo(2);
    }

    @Test
    void aButtonAnswerUpdatesTheQuestionAndAStaleButtonIsRefusedKindly() {
        chat.as("ria").says("review globex").says("Dana, CFO, met her yesterday").clicks("Approved");

        Outgoing update = chat.lastReply().get(0);
        assertThat(update).isInstanceOf(Outgoing.Update.class);
        assertThat(chat.text(update.message()))
                .contains("2/13 Is the budget approved", "✓ Approved").doesNotContain("[No budget yet]");

        String staleButton = ((Block.Buttons) chat.transcript().stream()
                .filter(o -> chat.text(o.message()).contains("2/13"))
                .findFirst().orElseThrow().message().blocks().get(1)).buttons().get(2).actionId();
        chat.presses(staleButton, "none").expectReply("That button is from another question; this is the one open now.", "3/13");
    }

    @Test
    void longOddInputIsKeptSafelyAndEchoedAsLiteralText() {
        String odd = "<@U024BE7LH> *everyone* <!channel> `code` & 🚀 " + "x".repeat(10_000);
        chat.as("ria").says("review globex");
        for (int i = 0; i < 11; i++) {
            chat.says("don't know");
        }
        chat.says(odd).expectReply("That was long: I kept the first 2,000 characters.").clicks("No");

        String risk = stores.reviews().latest("D-1028").orElseThrow().answers().get("slip-risk").text();
        assertThat(risk).hasSize(AnswerReader.MAX_LENGTH).startsWith("<@U024BE7LH> *everyone* <!channel> `code` & 🚀 ");
        Block.Note echoed = chat.lastReply().get(chat.lastReply().size() - 1).message().blocks().stream()
                .filter(b -> b instanceof Block.Note note && Markup.plain(note.markup()).startsWith("Risk you named"))
                .map(Block.Note.class::cast).findFirst().orElseThrow();
        assertThat(Markup.segments(echoed.markup())).contains(new Markup.Segment(risk, true));
    }

    @Test
    void findsDealsByTypoAndAsksWhichOneWhenSeveralMatch() {
        chat.as("ria").says("review globx freight").expectReply("Globex Freight - Platform", "1/13");
        chat.says("cancel");

        chat.says("review platform").expectReply("Several deals match platform. Which one?");
        assertThat(offered(chat.lastReply().get(0))).containsExactly(
                "Globex Freight - Platform ($240k, Negotiation)", "Stratton Brokerage - Platform ($58k, Proof)");
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();

        chat.clicks("Stratton Brokerage - Platform ($58k, Proof)")
                .expectReply("Stratton Brokerage - Platform  ·  $58,000  ·  Proof", "1/13 Who signs off");
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow().context(ReviewFlow.DEAL))
                .isEqualTo("D-1053");
    }

    @Test
    void theDealCommandAlsoAsksWhichOneWhenSeveralMatch() {
        chat.as("ria").says("deal workflow").expectReply("Several deals match workflow. Which one?");
        assertThat(offered(chat.lastReply().get(0))).containsExactly(
                "Kerr Optics - Workflow ($60.5k, Evaluation)", "Wonka Confections - Workflow ($206k, Discovery)");

        chat.clicks("Wonka Confections - Workflow ($206k, Discovery)")
                .expectReply("Wonka Confections - Workflow  ·  $206,000  ·  Discovery", "Not reviewed yet.");
    }

    @Test
    void reviewAloneOffersTheOpenDealsToPickFrom() {
        chat.as("ria").says("review").expectReply("Which deal?", "Globex Freight - Platform ($240k, Negotiation)");
        chat.clicks("Globex Freight - Platform ($240k, Negotiation)").expectReply("1/13");
    }

    /** The labels of the deal buttons in a pick. */
    private static List<String> offered(Outgoing pick) {
        return pick.message().blocks().stream().filter(Block.Buttons.class::isInstance).map(Block.Buttons.class::cast)
                .flatMap(buttons -> buttons.buttons().stream()).map(Block.Button::label).toList();
    }

    @Test
    void aRepCannotReviewSomeoneElsesDealButTheirManagerAndDirectorCan() {
        chat.as("ria").says("review umbrella health").expectReply("That deal isn't one of yours");
        chat.as("lee").says("review D-1076").expectReply("That deal isn't one of yours");
        chat.as("sam").says("review D-1076").expectReply("That deal isn't in your team");
        chat.as("mo").says("review D-1076").expectReply("Umbrella Health - Data Suite", "Owned by Ana Ruiz.", "1/13 Who signs off");
        chat.as("dana").says("review umbrella").expectReply("Owned by Ana Ruiz.");
    }

    @Test
    void saysClearlyWhenNothingMatchesOrTheDealIsClosed() {
        chat.as("ria").says("review zzz-nothing").expectReply("No deal matches zzz-nothing.");
        String closed = stores.deals().ownedBy("ria").stream().filter(d -> !d.stage().isOpen())
                .map(d -> d.id()).findFirst().orElseThrow();
        chat.says("review " + closed).expectReply("reviews are for open deals", "It was not reviewed while it was open.");
    }

    @Test
    void commandsDuringAReviewDoNotLoseIt() {
        chat.as("ria").says("review globex").says("Dana Whitfield, CFO, met her last Tuesday");

        chat.command("review", "kerr").expectReply("You are in the middle of the review of Globex Freight - Platform (question 2/13)");
        chat.command("deal", "globex").expectReply("Not reviewed yet.",
                "Still open: the review of Globex Freight - Platform at question 2/13 (answer it, or type `cancel`).");
        chat.says("help").expectReply("What I can do", "`review <deal>`", "`deal <deal>`", "question 2/13", "2/13 Is the budget approved");
        chat.command("forecast", "").expectReply("Q4 FY27 forecast: your forecast", "Still open: the review of Globex");
        chat.clicks("Approved").expectReply("3/13");
    }

    @Test
    void aPersonOutsideTheOrgIsToldPolitelyAndNothingIsKept() {
        chat.as("stranger").says("review globex").expectReply("I can't find you in DealCoach's org file");

        assertThat(stores.conversations().find(new ConversationKey("stranger", "dm"))).isEmpty();
    }

    @Test
    void aFlowInAThreadIsSeparateFromTheDirectMessage() {
        Destination thread = new Destination.Thread(Platform.SLACK, "C024BE91L", "1700000000.000100");
        chat.as("ria").in(thread).says("review globex").expectReply("1/13");
        chat.as("ria").says("deal globex").expectReply("Globex Freight - Platform", "Not reviewed yet.", "[Review it now]");
        assertThat(chat.reply()).doesNotContain("Still open");

        assertThat(stores.conversations().find(new ConversationKey("ria", thread.key()))).isPresent();
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
        assertThat(chat.lastReply()).extracting(Outgoing.Send.class::cast).extracting(Outgoing.Send::to)
                .containsOnly(Destination.dm("ria"));
    }

    @Test
    void theWholeReviewCanBeAnsweredInOneForm() {
        chat.as("ria").says("review globex").says("Dana Whitfield, CFO, met her last Tuesday")
                .clicks("Answer all in one form");

        Block.Form form = (Block.Form) chat.lastReply().get(0).message().blocks().get(0);
        assertThat(form.inputs()).hasSize(12);
        assertThat(form.inputs().get(0).label()).isEqualTo("2. Is the budget approved for this purchase?");
        assertThat(form.inputs().get(0).type()).isEqualTo(Block.InputType.CHOICE);
        assertThat(form.inputs()).extracting(Block.Input::id).endsWith("slip-risk", "business-case");

        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("budget", "allocated");
        values.put("pain", "Onboarding takes 6 weeks; they lose 3 enterprise renewals a quarter");
        values.put("metrics", "Cut onboarding to 2 weeks");
        values.put("champion", "no one yet");
        values.put("decision-criteria", "known");
        values.put("decision-process", "IT review, then CFO sign-off");
        values.put("paper-process", "not-started");
        values.put("competition", "Acme Analytics");
        values.put("competitive-position", "level");
        values.put("compelling-event", "Old contract ends Jan 31");
        values.put("slip-risk", "CFO budget freeze");
        values.put("business-case", "yes");
        chat.submits(form.formId(), values).expectReply("Verdict: DEVELOP", "Champion: ○○");

        assertThat(stores.reviews().latest("D-1028").orElseThrow().answers()).hasSize(13);
    }

    private String runId(String person) {
        return stores.conversations().find(new ConversationKey(person, "dm")).orElseThrow().id();
    }

    @Test
    void buttonsAndFormsFromAnEarlierRunAreStale() {
        chat.as("ria").says("review globex").clicks("Answer all in one form");
        Block.Form oldForm = (Block.Form) chat.lastReply().get(0).message().blocks().get(0);
        String oldFormButtonRun = runId("ria");
        chat.says("cancel").says("review kerr optics - workflow").expectReply("Kerr Optics - Workflow", "1/12");

        chat.submits(oldForm.formId(), Map.of("budget", "none")).expectReply("That form is no longer open.");
        chat.presses(ActionIds.FORM, oldFormButtonRun).expectReply("That form is no longer open.");
    }

    @Test
    void aRunIsFinishedOnceEvenWhenItsLastAnswerComesTwice() {
        chat.as("ria").says("review globex");
        for (int i = 0; i < 12; i++) {
            chat.says("don't know");
        }
        var lastQuestion = stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();

        chat.clicks("Yes").expectReply("Verdict:");
        stores.conversations().save(new ConversationKey("ria", "dm"), lastQuestion, Duration.ofDays(1));
        chat.says("yes").expectReply("That is already done: the review of Globex Freight - Platform was saved.");

        assertThat(stores.reviews().history("D-1028")).hasSize(1);
    }

    @Test
    void aCommandWordAloneIsACommandEvenDuringAReview() {
        chat.as("ria").says("review globex").says("settings").expectReply("Your settings", "Still open: the review of Globex");

        assertThat(stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow().answers()).isEmpty();
    }

    @Test
    void aLongAnswerInAFormIsCutWithANoteToo() {
        chat.as("ria").says("review globex").says("Dana Whitfield, CFO, met her last Tuesday")
                .submits(runId("ria"), Map.of("budget", "approved", "pain", "pain ".repeat(600)))
                .expectReply("What business problem is painful enough that they will change, and what does it cost them?: "
                        + "That was long: I kept the first 2,000 characters.", "4/13");
    }

    @Test
    void theHomePageListsTheQuartersOpenDealsWithTheirLastVerdict() {
        chat.as("ria").says("review globex");
        WholeReviewScript.answerTheDevelopReview(chat);
        Coach coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);

        String home = chat.text(coach.home("ria"));
        assertThat(home).contains("Your deals closing in Q4 FY27", "Globex Freight - Platform",
                "Last review: DEVELOP · top gap: Legal and procurement engaged", "Not reviewed yet.", "[Review]");
        assertThat(home).doesNotContain("Umbrella Health");

        String managersHome = chat.text(coach.home("mo"));
        assertThat(managersHome).contains("Your team's deals", "Globex Freight - Platform", "Ria Patel  ·  DEVELOP");
        assertThat(coach.home("stranger").blocks()).containsExactly(new Block.Text(Coach.NOT_IN_ORG));
    }

    @Test
    void settingsShowWhatTheOrgFileSays() {
        chat.as("ria").says("settings").expectReply("Name: Ria Patel", "Role: rep", "Manager: Mo Chen",
                "Time zone: Europe/London", "Quarterly quota: $500,000", "Fiscal quarter: Q4 FY27");
    }

    @Test
    void aFormAnswersSeveralQuestionsAtOnceAndStopsAtTheFirstBadOne() {
        chat.as("ria").says("review globex")
                .submits(runId("ria"), Map.of("economic-buyer", "Dana, CFO, met Friday", "budget", "approved", "pain", "  "))
                .expectReply("Type an answer, or `don't know`.", "3/13");

        var state = stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();
        assertThat(state.answers().keySet()).containsExactly("economic-buyer", "budget");
        assertThat(state.step()).isEqualTo(2);
    }

    @Test
    void aFormWithoutTheOpenQuestionSaysWhichAnswerWasMissing() {
        chat.as("ria").says("review globex").submits(runId("ria"), Map.of("buget", "approved"))
                .expectReply("The form had no answer to Who signs off on the budget, and when did you last speak with them?",
                        "1/13 Who signs off");
    }

    @Test
    void aFormWithOneBadAnswerKeepsTheOthersAndAsksOnlyTheBadOneAgain() {
        chat.as("ria").says("review globex")
                .submits(runId("ria"), Map.of("economic-buyer", "asdfgh", "budget", "approved",
                        "pain", "Losing 3 renewals a quarter", "metrics", "Onboarding from 6 weeks to 2"))
                .expectReply("Your other answers are kept.", "1/13 Who signs off");

        chat.says("Dana Whitfield, CFO, met her last Tuesday").expectReply("5/13 Who is your champion");
        var state = stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();
        assertThat(state.answers().keySet()).containsExactlyInAnyOrder("economic-buyer", "budget", "pain", "metrics");
    }
}
