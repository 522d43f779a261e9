package dev.dealcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.teams.AdaptiveCardRenderer.Card;
import dev.dealcoach.teams.CardPacker.Piece;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardPackerTest {

    @Test
    void piecesShareACardUntilTheNextWouldTakeItPastTheLimit() {
        List<Piece> pieces = IntStream.range(0, 3).mapToObj(i -> piece(new Block.Text(i + "x".repeat(19_000)))).toList();

        List<Card> cards = CardPacker.cards(pieces);

        assertThat(cards).extracting(card -> card.content().get("body").size()).containsExactly(2, 1);
        assertThat(cards).allSatisfy(card -> assertThat(bytes(card.content()) + bytes(card.fallbackText())).isLessThan(80_000));
        assertThat(cards.get(1).content().at("/body/0/text").asText()).startsWith("2x");
    }

    @Test
    void formsAndChoicesNeverShareACardSoSubmitsSendOnlyTheirOwnInputs() {
        Block.Form form = new Block.Form("review", "Review", List.of(
                new Block.Input("pain", "Pain", Block.InputType.TEXT, false, null, null)), "Save");
        Block.Choice choice = new Block.Choice("run", "Pick", List.of(new Block.Option("a", "A")));

        List<Card> cards = CardPacker.cards(List.of(
                piece(new Block.Heading("Two things")), piece(form), piece(choice), piece(new Block.Note("done"))));

        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).content().findValuesAsText("id")).containsExactly("pain");
        assertThat(cards.get(1).content().findValuesAsText("id")).containsExactly("dealcoach.choice.0");
        assertThat(cards.get(1).content().findValuesAsText("text")).containsExactly("done");
    }

    @Test
    void blockTooBigForAnyCardIsReplacedByANote() {
        List<Block.Option> options = IntStream.range(0, 3_000)
                .mapToObj(i -> new Block.Option("deal-" + i, "Deal number " + i + " with a long name"))
                .toList();

        List<Card> cards = CardPacker.cards(List.of(
                piece(new Block.Text("Pick one")), piece(new Block.Choice("run", "Deal", options))));

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).content().findValuesAsText("text"))
                .containsExactly("Pick one", "_This part is too big for a Teams card and is left out._");
        assertThat(cards.get(0).fallbackText()).isEqualTo("Pick one\nThis part is too big for a Teams card and is left out.");
    }

    @Test
    void aCardIsAnAdaptiveCardOfSchema15WithThePlainTextOfItsBlocks() {
        Card card = CardPacker.cards(List.of(piece(new Block.Heading("Deal")), piece(new Block.Text("*Acme* renewal")))).get(0);

        assertThat(card.content().get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.content().get("version").asText()).isEqualTo("1.5");
        assertThat(card.content().get("actions")).isEmpty();
        assertThat(card.fallbackText()).isEqualTo("Deal\nAcme renewal");
    }

    private static Piece piece(Block block) {
        return CardPacker.piece(AdaptiveCardElements.of(block, 0), List.of(block),
                block instanceof Block.Form || block instanceof Block.Choice);
    }

    private static int bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static int bytes(String text) {
        return TextNode.valueOf(text).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
