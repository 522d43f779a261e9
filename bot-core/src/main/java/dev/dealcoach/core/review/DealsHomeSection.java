package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.review.ReviewStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deals part of the home page: the person's open deals closing this quarter (and overdue ones), each with its
 * latest verdict and top gap and a button to review it. Someone with no deals of their own (a
 * manager) sees their team's.
 */
final class DealsHomeSection implements HomeSection {

    /** Two blocks a deal; homes hold about a hundred blocks. */
    static final int MAX_DEALS = 40;

    private final DealStore deals;
    private final ReviewStore reviews;

    DealsHomeSection(DealStore deals, ReviewStore reviews) {
        this.deals = deals;
        this.reviews = reviews;
    }

    @Override
    public List<Block> render(Speaker speaker) {
        FiscalQuarter quarter = speaker.org().calendar().quarterOf(speaker.today());
        List<Deal> open = DealAccess.visible(speaker, deals.all()).stream()
                .filter(d -> d.stage().isOpen() && !d.closeDate().isAfter(quarter.end()))
                .sorted(Comparator.comparing(Deal::closeDate))
                .toList();
        List<Deal> own = open.stream().filter(d -> d.ownerId().equals(speaker.id())).toList();
        List<Deal> shown = own.isEmpty() ? open : own;
        String whose = own.isEmpty() && !open.isEmpty() ? "Your team's deals" : "Your deals";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(whose + " closing in " + quarter.label()));
        if (shown.isEmpty()) {
            blocks.add(new Block.Text("No open deals close this quarter. Type `review` in a message to me to review any open deal."));
        }
        for (Deal deal : shown.subList(0, Math.min(shown.size(), MAX_DEALS))) {
            blocks.add(new Block.Text(DealText.headline(deal, speaker.today()) + "\n" + lastReview(deal)));
            blocks.add(new Block.Buttons(List.of(ActionIds.run("Review", "review " + deal.id(), Block.Style.DEFAULT))));
        }
        if (shown.size() > MAX_DEALS) {
            blocks.add(new Block.Note("Showing the " + MAX_DEALS + " closing soonest of " + shown.size() + "."));
        }
        return blocks;
    }

    private String lastReview(Deal deal) {
        Optional<DealReview> latest = reviews.latest(deal.id());
        if (latest.isEmpty()) {
            return "Not reviewed yet.";
        }
        ReviewOutcome outcome = latest.get().outcome();
        String gap = outcome.topGap().map(top -> " · top gap: " + Markup.literal(top)).orElse("");
        return "Last review: " + Markup.bold(outcome.verdict().name()) + gap;
    }
}
