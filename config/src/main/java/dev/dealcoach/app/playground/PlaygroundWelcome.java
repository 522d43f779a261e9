package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.review.DealSearch;
import dev.dealcoach.core.store.DealStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a newcomer acting as someone should try first: {@code review <deal>} for one of the open deals
 * that person may review (their own first, then their team's), worded so that it finds that one deal
 * and no other, and a greeting for their empty DM that says so.
 */
final class PlaygroundWelcome {

    /**
     * @param example what to type, like {@code review umbrella}
     * @param html    the greeting, rendered like a message from the bot
     */
    record Welcome(String example, String html) {
    }

    private final DealStore deals;
    private final Clock clock;
    private final HtmlRenderer renderer = new HtmlRenderer();

    PlaygroundWelcome(DealStore deals, Clock clock) {
        this.deals = deals;
        this.clock = clock;
    }

    Welcome of(Org org, Person person) {
        String hello = "Hi " + Markup.literal(firstName(person)) + ": ";
        List<Deal> open = deals.all().stream()
                .filter(d -> d.stage().isOpen() && org.isWithin(d.ownerId(), person.id()))
                .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id))
                .toList();
        Optional<Deal> pick = soonestNotOverdue(open.stream().filter(d -> d.ownerId().equals(person.id())).toList(), person)
                .or(() -> soonestNotOverdue(open, person));
        if (pick.isEmpty()) {
            return new Welcome("help", renderer.render(Message.text(hello + "you have no open deals to review. "
                    + "Type `help` to see what I can do, or talk as someone else.")));
        }
        Deal deal = pick.get();
        String example = "review " + DealSearch.shortestQuery(deal, open);
        String whose = deal.ownerId().equals(person.id())
                ? "one of your deals"
                : Markup.literal(org.person(deal.ownerId()).map(Person::name).orElse(deal.ownerId())) + "'s deal";
        return new Welcome(example, renderer.render(Message.text(hello + "type `" + Markup.literal(example) + "` to pressure-test "
                + Markup.bold(Markup.literal(deal.name())) + " (" + whose + "), or `help` to see what else I can do.")));
    }

    private Optional<Deal> soonestNotOverdue(List<Deal> candidates, Person person) {
        LocalDate today = LocalDate.now(clock.withZone(person.timeZone()));
        return candidates.stream().filter(d -> !d.closeDate().isBefore(today)).findFirst().or(() -> candidates.stream().findFirst());
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    private static String firstName(Person person) {
        return firstWord(person.name());
    }
}
