package dev.dealcoach.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Groups;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.teams.CardPacker.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders core {@link Message}s as Adaptive Cards (schema 1.5, as Microsoft Teams renders them), each
 * with the plain text of what it shows.
 *
 * <p>Blocks are cut into parts that may go on different cards (long text, many facts or buttons, big tables),
 * shown as {@link AdaptiveCardElements} and packed onto cards by {@link CardPacker}. A
 * {@link Block.Divider} draws a separator line above the element after it.
 */
public final class AdaptiveCardRenderer {

    /** The content type of an Adaptive Card attachment. */
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    /** Text and Note markup longer than this is shown in several TextBlocks, so it can be split over cards. */
    private static final int MAX_TEXT_CHARS = 4_000;
    private static final int MAX_FACTS_PER_SET = 20;
    /** Teams' host config shows at most six actions per set and drops the rest. */
    private static final int MAX_ACTIONS_PER_SET = 6;

    /** One card to send, with the plain text of what it shows (the activity's {@code text}). */
    public record Card(ObjectNode content, String fallbackText) {
    }

    /**
     * The message as cards, in order, each within {@value CardPacker#MAX_CARD_BYTES} bytes with its
     * fallback text. Empty when nothing in the message can be shown (only dividers, or choices
     * without options).
     */
    public List<Card> cards(Message message) {
        return CardPacker.cards(pieces(message));
    }

    /** An activity attachment carrying the card. */
    public static Attachment attachment(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    private static List<Piece> pieces(Message message) {
        List<Piece> pieces = new ArrayList<>();
        List<Block> dividers = new ArrayList<>();
        int choices = 0;
        for (Block block : message.blocks()) {
            for (Block part : parts(block)) {
                if (part instanceof Block.Divider) {
                    dividers.add(part);
                    continue;
                }
                List<ObjectNode> elements = AdaptiveCardElements.of(part, choices);
                if (elements.isEmpty()) {
                    continue;
                }
                choices += part instanceof Block.Choice ? 1 : 0;
                if (!dividers.isEmpty()) {
                    elements.get(0).put("separator", true);
                }
                List<Block> shown = new ArrayList<>(dividers);
                shown.add(part);
                dividers.clear();
                pieces.add(CardPacker.piece(elements, shown, part instanceof Block.Form || part instanceof Block.Choice));
            }
        }
        if (!dividers.isEmpty() && !pieces.isEmpty()) {
            // a closing divider draws nothing, but keeps its place in the fallback text
            Piece last = pieces.remove(pieces.size() - 1);
            List<Block> shown = new ArrayList<>(last.blocks());
            shown.addAll(dividers);
            pieces.add(CardPacker.piece(last.elements(), shown, last.hasInputs()));
        }
        return pieces;
    }

    /** The block cut into parts that may go on different cards: long text, many fields or buttons, big tables. */
    private static List<Block> parts(Block block) {
        if (block instanceof Block.Text text) {
            return Markup.chunks(text.markup(), MAX_TEXT_CHARS).stream().<Block>map(Block.Text::new).toList();
        } else if (block instanceof Block.Note note) {
            return Markup.chunks(note.markup(), MAX_TEXT_CHARS).stream().<Block>map(Block.Note::new).toList();
        } else if (block instanceof Block.Fields fields) {
            return Groups.of(fields.fields(), MAX_FACTS_PER_SET).stream().<Block>map(Block.Fields::new).toList();
        } else if (block instanceof Block.Buttons buttons) {
            return Groups.of(buttons.buttons(), MAX_ACTIONS_PER_SET).stream().<Block>map(Block.Buttons::new).toList();
        } else if (block instanceof Block.Table table) {
            return tableParts(table);
        }
        return List.of(block);
    }

    /**
     * The table whole if it fits on a card, else its rows halved until each part does; every part
     * has the headers, the first alone the caption. A single row too big for a card stays a part of
     * its own, which {@link CardPacker} replaces by a note.
     */
    private static List<Block> tableParts(Block.Table table) {
        int rows = table.rows().size();
        if (rows < 2 || CardPacker.fitsOnACard(AdaptiveCardElements.of(table, 0), List.of(table))) {
            return List.of(table);
        }
        List<Block> parts = new ArrayList<>(tableParts(new Block.Table(table.caption(), table.columns(), table.rows().subList(0, rows / 2))));
        parts.addAll(tableParts(new Block.Table("", table.columns(), table.rows().subList(rows / 2, rows))));
        return parts;
    }
}
