package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.CommandLine;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.DealStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code forecast}: the caller's rollup; {@code forecast submit}: their call for this week;
 * {@code forecast deals}: the deals behind the numbers; {@code forecast away}: away this week;
 * {@code forecast <person>}: the rollup of anyone in their team.
 */
public final class ForecastCommand implements CommandHandler {

    private final DealStore deals;
    private final DealTotals totals;
    private final ForecastStore forecasts;

    public ForecastCommand(DealStore deals, DealTotals totals, ForecastStore forecasts) {
        this.deals = deals;
        this.totals = totals;
        this.forecasts = forecasts;
    }

    @Override
    public List<String> names() {
        return List.of("forecast");
    }

    @Override
    public String help() {
        return "`forecast`: your forecast this week; `forecast submit`: your call; `forecast deals`: the deals behind it; "
                + "`forecast away`: away this week";
    }

    @Override
    public String help(Speaker speaker) {
        return speaker.org().directReports(speaker.id()).isEmpty() ? help()
                : "`forecast`: your team's forecast rollup, `forecast <name>` for anyone in it; `forecast submit`: your call "
                        + "for the team; `forecast deals`: the deals behind it; `forecast away`: away this week";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        String word = CommandLine.parse(arguments).name();
        return List.of("submit", "away", "deals", "all").contains(word) || person(speaker, arguments.replaceFirst("(?i)\\s*all$", ""))
                .isPresent();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        String word = CommandLine.parse(arguments).name();
        if (word.equals("submit")) {
            CurrentForecast forecast = forecastFor(speaker, speaker.person());
            return ForecastFlow.startFor(speaker, forecast.week(), forecast.startingPoint(speaker.id()),
                    forecasts.latest(speaker.id(), forecast.week().key()));
        }
        if (word.equals("deals")) {
            return new Reply(ForecastDeals.of(speaker, forecastFor(speaker, speaker.person()), deals));
        }
        if (word.equals("away")) {
            ForecastWeek week = ForecastWeek.of(speaker.org().calendar(), speaker.today());
            forecasts.markAway(speaker.id(), week.key());
            return new Reply(Message.text("Marked you away for " + week.label() + " of "
                    + week.quarter().label() + ": you won't show as missing."));
        }
        boolean all = arguments.strip().toLowerCase(Locale.ROOT).matches("(.*\\s)?all");
        String named = all ? arguments.strip().replaceFirst("(?i)\\s*all$", "") : arguments.strip();
        if (named.isBlank()) {
            return new Reply(ForecastView.of(speaker, speaker.person(), forecastFor(speaker, speaker.person()), all));
        }
        Optional<Person> asked = person(speaker, named);
        if (asked.isEmpty()) {
            return new Reply(Message.text("I don't know " + Markup.literal(named) + " in your org. Try a first name, "
                    + "like `forecast " + speaker.org().people().get(0).name().split(" ")[0].toLowerCase(Locale.ROOT) + "`."));
        }
        if (!speaker.org().isWithin(asked.get().id(), speaker.id())) {
            return new Reply(Message.text(Markup.literal(asked.get().name()) + " is not in your team: you can see your own "
                    + "forecast" + (speaker.org().directReports(speaker.id()).isEmpty() ? "." : " and your team's.")));
        }
        return new Reply(ForecastView.of(speaker, asked.get(), forecastFor(speaker, asked.get()), all));
    }

    private CurrentForecast forecastFor(Speaker speaker, Person subject) {
        return CurrentForecast.of(speaker.org(), speaker.today(), subject.id(), totals, forecasts);
    }

    /** The person named by id, full name, first name, or the start of a name, if exactly one matches. */
    private static Optional<Person> person(Speaker speaker, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Person> people = speaker.org().people();
        for (Person p : people) {
            if (p.id().equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted)) {
                return Optional.of(p);
            }
        }
        List<Person> starting = people.stream().filter(p -> List.of(p.name().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .anyMatch(part -> part.startsWith(wanted)) || p.name().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }
}
