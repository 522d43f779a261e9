package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.review.DealToTry;
import dev.dealcoach.core.store.DealStore;
import java.time.Clock;
import java.time.LocalDate;
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
        Optional<DealToTry> pick = DealToTry.of(org, person, deals.all(), LocalDate.now(clock.withZone(person.timeZone())));
        if (pick.isEmpty()) {
            return new Welcome("help", renderer.render(Message.text(hello + "you have no open deals to review. "
                    + "Type `help` to see what I can do, or talk as someone else.")));
        }
        Deal deal = pick.get().deal();
        String example = "review " + pick.get().query();
        String whose = deal.ownerId().equals(person.id())
                ? "one of your deals"
                : Markup.literal(org.person(deal.ownerId()).map(Person::name).orElse(deal.ownerId())) + "'s deal";
        return new Welcome(example, renderer.render(Message.text(hello + "type `" + Markup.literal(example) + "` to pressure-test "
                + Markup.bold(Markup.literal(deal.name())) + " (" + whose + "), or `help` to see what else I can do.")));
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    private static String firstName(Person person) {
        return firstWord(person.name());
    }
}
