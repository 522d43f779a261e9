package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
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
        return List.of("submit", "away", "deals", "all", "nudge").contains(word) || person(speaker, arguments.replaceFirst("(?i)\\s*all$", ""))
                .isPresent();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        String word = CommandLine.parse(arguments).name();
        if (word.equals("submit")) {
            String whose = CommandLine.parse(arguments).arguments();
            if (!whose.isBlank()) {
                return submitFor(speaker, whose);
            }
            CurrentForecast forecast = forecastFor(speaker, speaker.person());
            return ForecastFlow.startFor(speaker, forecast.week(), forecast.startingPoint(speaker.id()),
                    forecasts.latest(speaker.id(), forecast.week().key()));
        }
        if (word.equals("deals")) {
            return new Reply(ForecastDeals.of(speaker, forecastFor(speaker, speaker.person()), deals));
        }
        if (word.equals("nudge")) {
            return nudge(speaker);
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

    /** {@code forecast submit lee}: a manager's call on behalf of one of their reps, kept as the rep's, submitted by the manager. */
    private Result submitFor(Speaker speaker, String whose) {
        Optional<Person> rep = person(speaker, whose);
        if (rep.isEmpty()) {
            return new Reply(Message.text("I don't know " + Markup.literal(whose) + " in your org."));
        }
        if (rep.get().id().equals(speaker.id())) {
            return run(speaker, "submit");
        }
        if (!speaker.org().isWithin(rep.get().id(), speaker.id()) || !speaker.org().directReports(rep.get().id()).isEmpty()) {
            return new Reply(Message.text("You can submit for the reps in your team only; " + Markup.literal(rep.get().name())
                    + " is not one of them."));
        }
        CurrentForecast forecast = forecastFor(speaker, rep.get());
        return ForecastFlow.startOnBehalf(speaker, rep.get(), forecast.week(), forecast.startingPoint(rep.get().id()),
                forecasts.latest(rep.get().id(), forecast.week().key()));
    }

    /** A reminder to each of the speaker's reps who has not called this week. */
    private Reply nudge(Speaker speaker) {
        ForecastWeek week = ForecastWeek.of(speaker.org().calendar(), speaker.today());
        List<Person> missing = MissingCalls.of(speaker.org(), speaker.person(), week, forecasts);
        if (speaker.org().directReports(speaker.id()).isEmpty()) {
            return new Reply(Message.text("`forecast nudge` reminds a manager's reps; you have none."));
        }
        if (missing.isEmpty()) {
            return new Reply(Message.text("Nobody to nudge: everyone in your team has called " + week.label() + " (or is away)."));
        }
        Reply reply = new Reply(Message.text("Nudged " + String.join(", ", missing.stream().map(p -> Markup.literal(p.shortName()))
                .toList()) + ": each got a reminder from you."));
        for (Person rep : missing) {
            reply = reply.tell(rep.id(), Message.text(Markup.literal(speaker.person().firstName()) + " asks for your forecast call for "
                    + week.label() + " of " + week.quarter().label() + ".").then(Message.of(new Block.Buttons(List.of(
                    ActionIds.run("Submit", "forecast submit", Block.Style.PRIMARY),
                    ActionIds.run("I'm away", "forecast away", Block.Style.DEFAULT))))));
        }
        return reply;
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
