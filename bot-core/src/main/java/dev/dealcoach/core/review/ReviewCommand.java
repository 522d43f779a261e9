package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.store.DealStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code review <deal>}: finds the deal and starts a review of it with the default playbook. */
public final class ReviewCommand implements CommandHandler {

    private final DealStore deals;
    private final ReviewStore reviews;
    private final Playbooks playbooks;
    private final AtRiskDeals atRisk;

    public ReviewCommand(DealStore deals, ReviewStore reviews, Playbooks playbooks, AtRiskDeals atRisk) {
        this.atRisk = atRisk;
        this.deals = deals;
        this.reviews = reviews;
        this.playbooks = playbooks;
    }

    @Override
    public List<String> names() {
        return List.of("review");
    }

    @Override
    public String help() {
        return "`review <deal>`: pressure-test a deal with " + playbooks.defaultPlaybook().name() + " (deal id, name or account)";
    }

    @Override
    public String help(Speaker speaker) {
        String whose = switch (speaker.person().role()) {
            case REP -> "one of your deals";
            case MANAGER -> "a deal of yours or your team's";
            case DIRECTOR -> "any deal in your org";
        };
        return "`review <deal>`: pressure-test " + whose + " with " + playbooks.defaultPlaybook().name() + " (deal id, name or account)";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return DealSearch.looksLikeAnId(arguments) || !DealSearch.find(arguments, deals.all()).isEmpty();
    }

    /** Their own deal most at risk of slipping, else a deal of theirs (or their team's) to try, in the fewest words that find it. */
    @Override
    public Optional<String> suggestion(Speaker speaker) {
        List<Deal> all = deals.all();
        List<Deal> own = all.stream().filter(d -> d.ownerId().equals(speaker.id())).toList();
        Optional<AtRiskDeals.Flagged> worst = atRisk.of(speaker, own).stream().findFirst();
        if (worst.isPresent()) {
            Deal deal = worst.get().deal();
            return Optional.of("`review " + Markup.literal(DealSearch.shortestQuery(deal, DealAccess.visible(speaker, all))) + "` pressure-tests "
                    + Markup.literal(deal.name()) + ", at risk of slipping: " + Markup.literal(worst.get().reason()));
        }
        return DealToTry.of(speaker.org(), speaker.person(), all, speaker.today())
                .map(t -> "`review " + Markup.literal(t.query()) + "` pressure-tests " + Markup.literal(t.deal().name())
                        + (t.deal().ownerId().equals(speaker.id()) ? ", your next deal to close," : ",")
                        + " the way a sales director would.");
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        List<Deal> all = deals.all();
        List<Deal> visible = DealAccess.visible(speaker, all);
        List<Deal> open = visible.stream().filter(d -> d.stage().isOpen())
                .sorted(Comparator.comparing(Deal::closeDate)).toList();
        if (arguments.isBlank()) {
            if (open.isEmpty()) {
                return new Reply(Message.text("You have no open deals to review."));
            }
            // Their own deals and their direct reports': a director's whole org is too many to assess on a pick.
            List<AtRiskDeals.Flagged> flagged = atRisk.of(speaker, open.stream().filter(d -> d.ownerId().equals(speaker.id())
                    || speaker.org().person(d.ownerId()).flatMap(dev.dealcoach.core.model.Person::manager).filter(speaker.id()::equals)
                    .isPresent()).toList());
            if (flagged.isEmpty()) {
                return new Reply(DealText.pick("Which deal?", open, "review"));
            }
            // At risk first (worst first), then the rest by close date.
            List<Deal> first = flagged.stream().map(AtRiskDeals.Flagged::deal).toList();
            List<Deal> ordered = new java.util.ArrayList<>(first);
            open.stream().filter(d -> !first.contains(d)).forEach(ordered::add);
            return new Reply(DealText.pick("Which deal? " + flagged.size() + (flagged.size() == 1 ? " is" : " are")
                    + " at risk of slipping, first: " + Markup.literal(flagged.get(0).deal().name()) + " ("
                    + Markup.literal(flagged.get(0).reason()) + ")", ordered, "review"));
        }
        List<Deal> matches = DealSearch.find(arguments, open);
        if (matches.size() == 1) {
            return ReviewFlow.startFor(playbooks.defaultPlaybook(), speaker, matches.get(0));
        }
        if (matches.size() > 1) {
            return new Reply(DealText.pick("Several deals match " + Markup.literal(arguments) + ". Which one?", matches, "review"));
        }
        List<Deal> closed = DealSearch.find(arguments, visible.stream().filter(d -> !d.stage().isOpen()).toList());
        if (!closed.isEmpty()) {
            Deal deal = closed.get(0);
            String after = reviews.latest(deal.id()).isPresent()
                    ? " Type `deal " + deal.id() + "` to see its last review."
                    : " It was not reviewed while it was open.";
            return new Reply(Message.text(Markup.bold(Markup.literal(deal.name())) + " is " + deal.stage().label()
                    + ": reviews are for open deals." + after));
        }
        if (!DealSearch.find(arguments, all).isEmpty()) {
            return new Reply(Message.text(DealAccess.notYours(speaker)));
        }
        return new Reply(Message.text("No deal matches " + Markup.literal(arguments)
                + ". Try the deal id (like `D-1028`) or part of its name or account."));
    }
}
