package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.load.DataImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people type besides answers: commands in the middle of a review (switch, keep for later, go
 * on), greetings and thanks, questions with a command inside, and {@code help} by role. The demo org
 * on Monday 2026-11-23: Ria owns Globex Freight - Platform (D-1028) and Kerr Optics - Workflow (D-1002).
 */
class TalkingDuringAReviewTest {

    private static final String GLOBEX = "the review of Globex Freight - Platform";
    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private ChatScript chat;

    @BeforeEach
    void startWithTheDemoOrg() {
        new DataImport(stores).importDemo(clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
        chat.as("ria").says("review globex").says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13 Is the budget approved");
    }

    private ConversationState globex() {
        return stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow();
    }

    @Test
    void aReviewCommandTypedOnAButtonQuestionOffersToSwitchAndIsNotAnAnswer() {
        chat.says("review kerr").expectReply(
                "You are in the middle of " + GLOBEX + " (question 2/13). Start the review of Kerr Optics - Workflow instead?",
                "[Switch, drop this one]", "[Switch, keep this one for later]", "[Go on with this one]");

        assertThat(chat.reply()).doesNotContain("Pick one of");
        assertThat(globex().step()).isEqualTo(1);
        assertThat(globex().answers()).containsOnlyKeys("economic-buyer");
    }

    @Test
    void aDealCommandWithADealIsAnsweredAndTheReviewStaysOpen() {
        chat.says("deal D-1028").expectReply("Not reviewed yet.", "Still open: " + GLOBEX + " at question 2/13");

        assertThat(globex().answers()).containsOnlyKeys("economic-buyer");
    }

    @Test
    void textThatOnlyStartsWithACommandWordIsStillTheAnswer() {
        chat.says("back").says("Deal desk says Dana Whitfield, CFO; met her last Tuesday").expectReply("2/13 Is the budget approved");

        assertThat(globex().answers().get("economic-buyer").text()).isEqualTo("Deal desk says Dana Whitfield, CFO; met her last Tuesday");
    }

    @Test
    void switchingDropsTheRunningReviewAndStartsTheOtherOne() {
        chat.says("review kerr").clicks("Switch, drop this one")
                .expectReply("Stopped " + GLOBEX + ". Nothing was saved.", "Kerr Optics - Workflow", "1/12 Who signs off");

        chat.says("cancel").says("review globex").expectReply("1/13 Who signs off");
        assertThat(chat.reply()).doesNotContain("Picking up");
    }

    @Test
    void aReviewKeptForLaterIsPickedUpWhereItWasLeft() {
        chat.says("cancel");
        SwitchingReviewsScript.keepAReviewForLaterAndPickItUp(chat);

        chat.clicks("Approved").expectReply("3/13");
        assertThat(globex().answers()).containsOnlyKeys("economic-buyer", "budget");
    }

    @Test
    void goingOnAsksTheOpenQuestionAgainAndAStaleSwitchButtonChangesNothing() {
        chat.says("review kerr").clicks("Go on with this one").expectReply("2/13 Is the budget approved");
        chat.clicks("Approved").expectReply("3/13");

        chat.presses(dev.dealcoach.core.conversation.ActionIds.RUN, "switch " + "not-this-run" + " review kerr")
                .expectReply("That button is from an earlier question.", "3/13");
        assertThat(globex().step()).isEqualTo(2);
    }

    @Test
    void theSameReviewAskedForAgainIsJustAskedAgain() {
        chat.says("review globex").expectReply("You are already in " + GLOBEX + ", question 2/13.", "2/13 Is the budget approved");
    }

    @Test
    void aRefusedAnswerRepeatsTheQuestionLineButNotItsButtons() {
        chat.says("maybe").expectReply("Pick one of", "2/13 Is the budget approved");

        assertThat(chat.lastReply()).extracting(o -> ((Outgoing.Send) o).message().blocks())
                .allSatisfy(blocks -> assertThat(blocks).noneMatch(b -> b instanceof Block.Buttons));
    }

    @Test
    void greetingsAndThanksGetAHumanAnswer() {
        chat.says("cancel");

        chat.says("Hello!").expectReply("Hi Ria: `review kerr` pressure-tests Kerr Optics - Workflow", "Type `help`");
        assertThat(chat.reply()).doesNotContain("didn't get");
        chat.says("thanks!").expectReply("Any time, Ria.");
        chat.says("hi there, can you review globex?").expectReply("Globex Freight - Platform", "1/13 Who signs off");
    }

    @Test
    void theCoachPrefixRunsTheCommandAfterItTypedOrAsSlacksSlashCommand() {
        chat.says("cancel").says("coach review globex").expectReply("1/13 Who signs off");
        chat.says("cancel").command("coach", "review globex").expectReply("1/13 Who signs off");
        chat.command("coach", "  ").expectReply("What I can do");
    }

    @Test
    void helpSaysWhatEachRoleCanReview() {
        chat.says("help").expectReply("`review <deal>`: pressure-test one of your deals");
        chat.as("mo").says("help").expectReply("`review <deal>`: pressure-test a deal of yours or your team's",
                "`deal <deal>`: a deal's latest review, yours or your team's");
        chat.as("dana").says("help").expectReply("`review <deal>`: pressure-test any deal in your org",
                "`deal <deal>`: the latest review of any deal in your org");
    }

    @Test
    void aYesNoAnswerClickedReadsAsItsButton() {
        chat.as("mo").says("review globex");
        for (int i = 0; i < 12; i++) {
            chat.says("don't know");
        }
        chat.expectReply("13/13 Has the economic buyer seen the business case?").clicks("Yes").expectReply("✓ Yes");
    }

    @Test
    void aGreetingOrThanksInTheMiddleOfAReviewIsAnsweredAndTheQuestionAskedAgain() {
        chat.says("thanks!").expectReply("Any time, Ria. Here is where we are:", "2/13 Is the budget approved");
        chat.says("good morning").expectReply("Hi Ria.", "2/13 Is the budget approved");

        assertThat(globex().answers()).containsOnlyKeys("economic-buyer");
    }

    @Test
    void aDealIdThatMatchesNoDealIsStillACommandNotAnAnswer() {
        chat.says("back").says("review D-9999").expectReply("No deal matches D-9999");
        chat.says("deal D-1O74").expectReply("No deal matches D-1O74");

        assertThat(globex().step()).isZero();
    }

    @Test
    void aSwitchButtonPressedAfterAnotherAnswerChangesNothing() {
        chat.says("review kerr").clicks("Go on with this one").clicks("Approved").expectReply("3/13");

        chat.clicks("Switch, drop this one").expectReply("That button is from an earlier question.", "3/13");
        assertThat(globex().answers()).containsOnlyKeys("economic-buyer", "budget");
    }
}
