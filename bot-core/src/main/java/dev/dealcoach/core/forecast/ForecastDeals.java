package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.store.DealStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The deals behind the speaker's numbers this quarter (their own, and their team's), biggest first under each number. */
final class ForecastDeals {

    private static final int SHOWN = 8;

    private ForecastDeals() {
    }

    static Message of(Speaker speaker, CurrentForecast forecast, DealStore store) {
        List<Person> scope = new ArrayList<>(List.of(speaker.person()));
        scope.addAll(speaker.org().below(speaker.id()));
        Set<String> owners = scope.stream().map(Person::id).collect(Collectors.toSet());
        List<Deal> owned = scope.size() == 1 ? store.ownedBy(speaker.id())
                : store.all().stream().filter(deal -> owners.contains(deal.ownerId())).toList();
        List<Deal> deals = DealNumbers.of(owned, forecast.week().quarter(), speaker.org().currency()).counted().stream()
                .sorted(Comparator.comparing((Deal d) -> d.amount().amount()).reversed())
                .toList();
        boolean team = scope.size() > 1;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Deals behind " + (team ? "your team's" : "your") + " " + forecast.week().quarter().label() + " numbers"));
        section(blocks, "Closed won", deals, d -> d.stage() == Stage.CLOSED_WON, speaker, team);
        section(blocks, "Commit", deals, d -> d.stage().isOpen() && d.forecastCategory() == ForecastCategory.COMMIT, speaker, team);
        section(blocks, "Best case", deals, d -> d.stage().isOpen() && d.forecastCategory() == ForecastCategory.BEST_CASE, speaker, team);
        section(blocks, "Pipeline only", deals, d -> d.stage().isOpen() && d.forecastCategory() == ForecastCategory.PIPELINE, speaker, team);
        if (blocks.size() == 1) {
            blocks.add(new Block.Text("No deals close in " + forecast.week().quarter().label() + "."));
        }
        blocks.add(new Block.Note("Commit is closed won plus commit; best case adds best case; pipeline is every open deal."));
        return new Message(blocks);
    }

    private static void section(List<Block> blocks, String title, List<Deal> deals, Predicate<Deal> in, Speaker speaker, boolean team) {
        List<Deal> shown = deals.stream().filter(in).toList();
        if (shown.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Deal deal : shown.subList(0, Math.min(SHOWN, shown.size()))) {
            String owner = team ? speaker.org().person(deal.ownerId()).map(p -> " · " + p.shortName()).orElse("") : "";
            lines.add("- " + Markup.literal(deal.name()) + " · " + Amounts.brief(deal.amount()) + " · " + deal.stage().label()
                    + " · " + Dates.date(deal.closeDate(), speaker.today()) + Markup.literal(owner));
        }
        if (shown.size() > SHOWN) {
            lines.add("and " + (shown.size() - SHOWN) + " more");
        }
        String total = Amounts.brief(shown.stream().map(Deal::amount).reduce(dev.dealcoach.core.model.Money::plus).orElseThrow());
        blocks.add(new Block.Text(Markup.bold(title + " " + total) + "\n" + String.join("\n", lines)));
    }
}
