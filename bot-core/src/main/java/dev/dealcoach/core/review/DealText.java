package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How deals read in messages: a one-line headline, and a list to pick one from. */
final class DealText {

    static final int MAX_PICKS = 10;
    private static final int MAX_BUTTONS = 5;

    private DealText() {
    }

    /** {@code Globex Freight - Platform · $240,000 · Negotiation · closes Dec 12 (19 days)}; an open deal past its date "was due". */
    static String headline(Deal deal, LocalDate today) {
        String close = !deal.stage().isOpen() ? "closed " : deal.closeDate().isBefore(today) ? "was due " : "closes ";
        return Markup.bold(Markup.literal(deal.name())) + "  ·  " + Amounts.full(deal.amount()) + "  ·  "
                + deal.stage().label() + "  ·  " + close + Dates.withDistance(deal.closeDate(), today);
    }

    static String label(Deal deal) {
        return deal.name() + " (" + Amounts.brief(deal.amount()) + ", " + deal.stage().label() + ")";
    }

    /** A question and one button (or a pick list) per deal, each running {@code command <deal id>}. */
    static Message pick(String question, List<Deal> deals, String command) {
        List<Block> blocks = new ArrayList<>();
        List<Deal> shown = deals.subList(0, Math.min(deals.size(), MAX_PICKS));
        String text = question;
        if (deals.size() > shown.size()) {
            text += " Showing " + shown.size() + " of " + deals.size() + ": type more of the name to narrow it down.";
        }
        blocks.add(new Block.Text(text));
        if (shown.size() > MAX_BUTTONS) {
            blocks.add(new Block.Choice(ActionIds.RUN, "Pick a deal", shown.stream()
                    .map(d -> new Block.Option(command + " " + d.id(), label(d))).toList()));
        } else {
            blocks.add(new Block.Buttons(shown.stream()
                    .map(d -> new Block.Button(ActionIds.RUN, label(d), command + " " + d.id(), Block.Style.DEFAULT)).toList()));
        }
        return new Message(blocks);
    }
}
