package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.review.ReviewStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code deal <deal>}: the deal and its latest review. */
public final class DealCommand implements CommandHandler {

    private final DealStore deals;
    private final ReviewStore reviews;
    private final Playbooks playbooks;

    public DealCommand(DealStore deals, ReviewStore reviews, Playbooks playbooks) {
        this.deals = deals;
        this.reviews = reviews;
        this.playbooks = playbooks;
    }

    @Override
    public List<String> names() {
        return List.of("deal");
    }

    @Override
    public String help() {
        return "`deal <deal>`: a deal's latest review";
    }

    @Override
    public String help(Speaker speaker) {
        return switch (speaker.person().role()) {
            case REP -> help();
            case MANAGER -> "`deal <deal>`: a deal's latest review, yours or your team's";
            case DIRECTOR -> "`deal <deal>`: the latest review of any deal in your org";
        };
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return DealSearch.looksLikeAnId(arguments) || !DealSearch.find(arguments, deals.all()).isEmpty();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        List<Deal> all = deals.all();
        List<Deal> visible = DealAccess.visible(speaker, all);
        if (arguments.isBlank()) {
            List<Deal> open = visible.stream().filter(d -> d.stage().isOpen()).sorted(Comparator.comparing(Deal::closeDate)).toList();
            return new Reply(open.isEmpty()
                    ? Message.text("You have no open deals. Type `deal` and a deal id, name or account to see a closed one.")
                    : DealText.pick("Which deal?", open, "deal"));
        }
        List<Deal> matches = DealSearch.find(arguments, visible);
        if (matches.size() > 1) {
            return new Reply(DealText.pick("Several deals match " + Markup.literal(arguments) + ". Which one?", matches, "deal"));
        }
        if (matches.isEmpty()) {
            return new Reply(Message.text(DealSearch.find(arguments, all).isEmpty()
                    ? "No deal matches " + Markup.literal(arguments) + ". Try the deal id (like `D-1028`) or part of its name or account."
                    : DealAccess.notYours(speaker)));
        }
        Deal deal = matches.get(0);
        List<DealReview> history = reviews.history(deal.id());
        if (history.isEmpty() && !deal.stage().isOpen()) {
            return new Reply(Message.text(DealText.headline(deal, speaker.today()) + "\nNot reviewed while it was open."));
        }
        if (history.isEmpty()) {
            return new Reply(Message.text(DealText.headline(deal, speaker.today()) + "\nNot reviewed yet.")
                    .then(Message.of(new Block.Buttons(List.of(
                            new Block.Button(ActionIds.RUN, "Review it now", "review " + deal.id(), Block.Style.PRIMARY))))));
        }
        DealReview latest = history.get(0);
        Playbook playbook = playbooks.find(latest.playbookId()).orElse(playbooks.defaultPlaybook());
        Optional<DealReview> before = history.size() > 1 ? Optional.of(history.get(1)) : Optional.empty();
        return new Reply(ReviewSummary.of(playbook, latest, before, speaker));
    }
}
