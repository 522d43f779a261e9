package dev.dealcoach.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.teams.AdaptiveCardRenderer.Card;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs runs of card body elements, in order, onto as few Adaptive Cards as hold them.
 *
 * <p>Each card, together with the plain-text fallback sent in the same activity, stays under
 * {@value #MAX_CARD_BYTES} bytes of UTF-8 JSON: Teams rejects bot messages past about 100 KB and
 * advises staying within 80 KB. A card never holds more than one run with inputs (a
 * {@link Block.Form} or {@link Block.Choice}), because a submit action sends and validates every
 * input of its card.
 */
final class CardPacker {

    static final int MAX_CARD_BYTES = 80_000;
    static final String TOO_BIG_NOTE = "_This part is too big for a Teams card and is left out._";
    private static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    private static final String VERSION = "1.5";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SKELETON_BYTES = jsonBytes(skeleton());
    private static final PlainTextRenderer PLAIN_TEXT = new PlainTextRenderer();
    private static final Logger log = LoggerFactory.getLogger(CardPacker.class);

    /** A run of body elements that stays on one card, with the blocks it shows, and their sizes. */
    record Piece(List<ObjectNode> elements, List<Block> blocks, boolean hasInputs, int bytes, int fallbackBytes) {
    }

    private CardPacker() {
    }

    /** The elements measured as one run; a run too big for any card is replaced by a note saying so. */
    static Piece piece(List<ObjectNode> elements, List<Block> blocks, boolean hasInputs) {
        Piece piece = measured(elements, blocks, hasInputs);
        if (size(List.of(), piece) < MAX_CARD_BYTES) {
            return piece;
        }
        log.warn("A {} block is too big for a Teams card ({} bytes); it is left out", blocks.get(blocks.size() - 1)
                .getClass().getSimpleName(), piece.bytes());
        ObjectNode note = AdaptiveCardElements.note(TOO_BIG_NOTE);
        if (elements.get(0).has("separator")) {
            note.put("separator", true);
        }
        return piece(List.of(note), List.of(new Block.Note(TOO_BIG_NOTE)), false);
    }

    /** Whether the elements, with the fallback text of the blocks they show, fit on a card of their own. */
    static boolean fitsOnACard(List<ObjectNode> elements, List<Block> blocks) {
        return size(List.of(), measured(elements, blocks, false)) < MAX_CARD_BYTES;
    }

    private static Piece measured(List<ObjectNode> elements, List<Block> blocks, boolean hasInputs) {
        int bytes = elements.stream().mapToInt(CardPacker::jsonBytes).sum() + elements.size() - 1;
        int fallbackBytes = jsonBytes(TextNode.valueOf(fallbackText(blocks))) - 2;
        return new Piece(elements, blocks, hasInputs, bytes, fallbackBytes);
    }

    /** The pieces on cards, in order, each card within {@value #MAX_CARD_BYTES} bytes with its fallback text. */
    static List<Card> cards(List<Piece> pieces) {
        List<Card> cards = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece piece : pieces) {
            boolean twoInputOwners = piece.hasInputs() && current.stream().anyMatch(Piece::hasInputs);
            if (!current.isEmpty() && (twoInputOwners || size(current, piece) >= MAX_CARD_BYTES)) {
                cards.add(card(current));
                current = new ArrayList<>();
            }
            current.add(piece);
        }
        if (!current.isEmpty()) {
            cards.add(card(current));
        }
        return cards;
    }

    /** Exact UTF-8 size of the card JSON plus the fallback JSON string, were {@code next} added. */
    private static int size(List<Piece> pieces, Piece next) {
        int size = SKELETON_BYTES + 2; // the fallback string's quotes
        for (Piece piece : pieces) {
            size += piece.bytes() + 1 + piece.fallbackBytes() + 2; // a comma, an escaped "\n"
        }
        return size + next.bytes() + next.fallbackBytes();
    }

    private static Card card(List<Piece> pieces) {
        ObjectNode card = skeleton();
        ArrayNode body = card.withArray("body");
        List<Block> blocks = new ArrayList<>();
        for (Piece piece : pieces) {
            piece.elements().forEach(body::add);
            blocks.addAll(piece.blocks());
        }
        return new Card(card, fallbackText(blocks));
    }

    private static ObjectNode skeleton() {
        ObjectNode card = NODES.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", SCHEMA)
                .put("version", VERSION);
        card.putArray("body");
        card.putArray("actions");
        return card;
    }

    private static String fallbackText(List<Block> blocks) {
        return PLAIN_TEXT.render(new Message(blocks));
    }

    private static int jsonBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
