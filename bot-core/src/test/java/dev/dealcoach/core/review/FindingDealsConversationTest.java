package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How people name a deal in {@code review} and {@code deal}, with the demo org on Monday 2026-11-23.
 * Ana owns D-1058 "Litware Systems - Expansion" and D-1070 "Pied Piper Media - Analytics"; Ria's
 * D-1035 "Dharma Research - Integration Hub" is Closed Won and was never reviewed.
 */
class FindingDealsConversationTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private ChatScript chat;

    @BeforeEach
    void startWithTheDemoOrg() {
        new DataImport(stores).importDemo(clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    @Test
    void wordsAroundTheDealsNameAreIgnored() {
        chat.as("ana").says("review litware please").expectReply("Litware Systems - Expansion", "1/12");
        chat.says("cancel");

        chat.says("review my litware deal").expectReply("Litware Systems - Expansion", "1/12");
        chat.says("cancel");

        chat.says("deal the pied piper one please").expectReply("Pied Piper Media - Analytics", "Not reviewed yet.");
    }

    @Test
    void aBareNumberIsTheDealsId() {
        chat.as("ana").says("review 1070").expectReply("Pied Piper Media - Analytics", "1/13");
        chat.says("cancel");

        chat.says("deal 1058").expectReply("Litware Systems - Expansion", "Not reviewed yet.");
        chat.says("deal d1070 please").expectReply("Pied Piper Media - Analytics");
    }

    @Test
    void aClosedDealNeverReviewedIsSaidSoAtOnce() {
        chat.as("ria").says("review dharma").expectReply("Dharma Research - Integration Hub is Closed Won: reviews are for open deals.",
                "It was not reviewed while it was open.");
        assertThat(chat.reply()).doesNotContain("Type `deal");

        chat.says("deal dharma").expectReply("Dharma Research - Integration Hub", "closed Nov 18", "Not reviewed while it was open.");
        assertThat(chat.reply()).doesNotContain("yet", "Review it now");
    }

    @Test
    void aClosedDealThatWasReviewedPointsToTheReviewAndTheReviewIsThere() {
        chat.as("ria").says("review globex");
        WholeReviewScript.answerTheDevelopReview(chat);
        Deal globex = stores.deals().find("D-1028").orElseThrow();
        stores.deals().save(new Deal(globex.id(), globex.name(), globex.account(), globex.ownerId(), globex.amount(),
                Stage.CLOSED_WON, ForecastCategory.CLOSED, globex.closeDate(), "", globex.lastActivityDate(), globex.createdDate()));

        chat.says("review globex").expectReply("Globex Freight - Platform is Closed Won: reviews are for open deals.",
                "Type `deal D-1028` to see its last review.");
        chat.says("deal D-1028").expectReply("Verdict: DEVELOP", "Champion: ○○");
    }

    @Test
    void dealAloneOffersTheOpenDealsToPickFromLikeReviewDoes() {
        chat.as("ria").says("deal").expectReply("Which deal?");
        List<String> offered = chat.lastReply().get(0).message().blocks().stream()
                .filter(Block.Choice.class::isInstance).map(Block.Choice.class::cast)
                .flatMap(choice -> choice.options().stream()).map(Block.Option::label).toList();
        assertThat(offered).containsExactly("Kerr Optics - Workflow ($60.5k, Evaluation)",
                "Wonka Confections - Workflow ($206k, Discovery)", "Globex Freight - Platform ($240k, Negotiation)",
                "Hanso Foundation - Security Add-on ($380k, Discovery)", "Sirius Cybernetics - Expansion ($284k, Discovery)",
                "Stratton Brokerage - Platform ($58k, Proof)");

        chat.clicks("Globex Freight - Platform ($240k, Negotiation)")
                .expectReply("Globex Freight - Platform  ·  $240,000  ·  Negotiation", "Not reviewed yet.");
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).as("only shown, no review started").isEmpty();
    }
}
