package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewFlow;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine speaking first: a flow started without being asked, once per key, then answered like any other. */
class ProactiveStartTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Coach coach;
    private final ChatScript chat;
    private final PlainTextRenderer text = new PlainTextRenderer();

    ProactiveStartTest() {
        new DataImport(stores).importDemo(clock);
        coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    private CommandHandler.StartFlow reviewOf(String dealId, String personId) {
        return ReviewFlow.startFor(Playbooks.bundled().defaultPlaybook(), coach.speaker(personId).orElseThrow(),
                stores.deals().find(dealId).orElseThrow());
    }

    private String said(StartResult result) {
        return ((StartResult.Started) result).messages().stream().map(o -> text.render(o.message())).reduce("", String::concat);
    }

    @Test
    void aFlowStartedByTheBotAsksItsFirstQuestionAndTakesTheAnswersTypedAfter() {
        StartResult started = coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), "test:review:ria:D-1028");

        assertThat(said(started)).contains("Globex Freight - Platform", "1/13 Who signs off on the budget");
        assertThat(((StartResult.Started) started).messages()).allSatisfy(out ->
                assertThat(((Outgoing.Send) out).to()).isEqualTo(Destination.dm("ria")));
        chat.as("ria").says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13 Is the budget approved");
    }

    @Test
    void theSameKeyStartsOnceWhileTheFlowRunsAndAfterItIsDone() {
        String key = "test:review:ria:D-1028";
        assertThat(coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key)).isInstanceOf(StartResult.Started.class);

        assertThat(coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key)).isInstanceOf(StartResult.AlreadyStarted.class);
        chat.as("ria").says("cancel").expectReply("Stopped the review of Globex Freight - Platform");
        assertThat(coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key)).isInstanceOf(StartResult.AlreadyStarted.class);
    }

    @Test
    void aStartRetriedWhileItsFlowWaitsOffersTheCurrentQuestionAgainUnderTheSameKey() {
        String key = "test:review:ria:D-1028";
        coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key);
        chat.as("ria").says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13");

        StartResult again = coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key);

        assertThat(again).isInstanceOfSatisfying(StartResult.AlreadyStarted.class, started ->
                assertThat(started.current()).singleElement().satisfies(out -> assertThat(text.render(out.message()))
                        .contains("2/13 Is the budget approved")));
    }

    @Test
    void aStartRepeatedBeforeAnyAnswerOffersTheSameOpeningSoWhicheverIsQueuedFirstIsWhole() {
        String key = "test:review:ria:D-1028:twice";
        StartResult first = coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key);

        StartResult again = coach.start("ria", Destination.dm("ria"), reviewOf("D-1028", "ria"), key);

        assertThat(first).isInstanceOf(StartResult.Started.class);
        assertThat(again).isInstanceOfSatisfying(StartResult.AlreadyStarted.class, started ->
                assertThat(started.current()).isEqualTo(((StartResult.Started) first).messages()));
    }

    @Test
    void aFlowAlreadyWaitingForThePersonIsNotInterrupted() {
        chat.as("ria").says("review globex").expectReply("1/13");

        StartResult result = coach.start("ria", Destination.dm("ria"), reviewOf("D-1053", "ria"), "test:review:ria:D-1053");

        assertThat(result).isInstanceOfSatisfying(StartResult.Busy.class,
                busy -> assertThat(busy.subject()).contains("review of", "Globex Freight - Platform"));
        chat.says("Dana Whitfield, CFO").expectReply("2/13");
        chat.says("cancel");
        assertThat(coach.start("ria", Destination.dm("ria"), reviewOf("D-1053", "ria"), "test:review:ria:D-1053"))
                .as("a later try still starts it").isInstanceOf(StartResult.Started.class);
    }

    @Test
    void someoneNotInTheOrgGetsNothing() {
        assertThat(coach.start("stranger", Destination.dm("stranger"), reviewOf("D-1028", "ria"), "test:x"))
                .isInstanceOf(StartResult.NotInOrg.class);
    }

    @Test
    void aPrefilledQuestionOffersItsSuggestionOneClickAwayAndInTheForm() {
        ConversationState state = ConversationState.start("forecast", Map.of());
        Question commit = new Question("commit", "Your Commit for Q4?", AnswerType.MONEY, List.of(), "").prefilled("$980k");

        Message asked = QuestionView.ask(state, List.of(commit), 0, null);
        Message form = QuestionView.form(state, "forecast", List.of(commit));

        assertThat(text.render(asked)).contains("Suggested: $980k");
        assertThat(asked.blocks()).contains(new Block.Buttons(List.of(
                new Block.Button(ActionIds.answer(state, commit), "Use $980k", "$980k", Block.Style.PRIMARY))));
        assertThat(((Block.Form) form.blocks().get(0)).inputs().get(0).initialValue()).isEqualTo("$980k");
    }
}
