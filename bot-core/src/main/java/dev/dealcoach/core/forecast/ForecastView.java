package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The forecast of one person's scope as a message: a line per report (per manager at any depth for
 * a director), the total, who has not called, and where the calls and the deals part. Lines flag a
 * commit that moved down since last week and coverage under 3x.
 */
final class ForecastView {

    /** The director's standard: open pipeline at least three times the quota still to close. */
    private static final BigDecimal COVERAGE_WANTED = BigDecimal.valueOf(3);
    /** Calls and deals this far apart (as a share of the deals' commit) are pointed out. */
    private static final BigDecimal DIVERGENCE = new BigDecimal("0.05");
    private static final int NAMES_SHOWN = 8;
    private static final int DRILL_BUTTONS = 5;
    /** Lines on the first screen, which must fit a phone; the rest are one click away. */
    private static final int FIRST_SCREEN_LINES = 12;
    private static final List<Block.Column> COLUMNS = List.of(new Block.Column("", false), new Block.Column("Commit", true),
            new Block.Column("Best case", true), new Block.Column("Pipeline", true), new Block.Column("Closed", true),
            new Block.Column("Quota", true), new Block.Column("Attain", true), new Block.Column("Coverage", true),
            new Block.Column("WoW", true));

    private ForecastView() {
    }

    /** @param all every line, not only the first screen's */
    static Message of(Speaker speaker, Person subject, CurrentForecast forecast, boolean all) {
        ForecastRollup rollup = forecast.rollup();
        ForecastWeek week = forecast.week();
        boolean self = subject.id().equals(speaker.id());
        List<ForecastRollup.Line> lines = rollup.linesFor(subject.id());
        List<ForecastRollup.Line> shown = all ? lines : lines.subList(0, Math.min(lines.size(), FIRST_SCREEN_LINES));
        List<Block> blocks = new ArrayList<>();
        String scope = lines.isEmpty() ? (self ? "your forecast" : subject.name()) : (self ? "your team" : subject.name() + "'s team");
        blocks.add(new Block.Heading(week.quarter().label() + " forecast: " + scope));
        blocks.add(new Block.Text(week.quarter().label() + " (" + Dates.date(week.quarter().start(), speaker.today()) + " - "
                + Dates.date(week.quarter().end(), speaker.today()) + ")  ·  " + week.label() + "  ·  as of "
                + Dates.date(speaker.today(), speaker.today())));
        blocks.add(new Block.Table("", COLUMNS, rows(rollup, subject, shown, self)));
        List<String> notes = notes(speaker, subject, forecast, shown);
        if (shown.size() < lines.size()) {
            notes.add(0, shown.size() + " of " + lines.size() + " lines shown; the total counts them all.");
        }
        notes.forEach(note -> blocks.add(new Block.Note(note)));
        List<Block.Button> buttons = new ArrayList<>();
        if (shown.size() < lines.size()) {
            buttons.add(ActionIds.run("Show all " + lines.size() + " lines", "forecast " + (self ? "" : subject.id() + " ") + "all",
                    Block.Style.PRIMARY));
        }
        buttons.addAll(drills(shown));
        if (!buttons.isEmpty()) {
            blocks.add(new Block.Buttons(buttons.subList(0, Math.min(buttons.size(), DRILL_BUTTONS))));
        }
        return new Message(blocks);
    }

    /** A row per line shown, then the subject's own: the total, or their call beside the team sum, or their call and deals. */
    private static List<Block.Row> rows(ForecastRollup rollup, Person subject, List<ForecastRollup.Line> shown, boolean self) {
        ForecastRollup.Line own = rollup.line(subject.id());
        List<Block.Row> rows = new ArrayList<>();
        int topDepth = own.depth() + 1;
        for (ForecastRollup.Line line : shown) {
            String indent = "  ".repeat(Math.max(0, line.depth() - topDepth));
            String name = indent + line.person().shortName() + (line.called() || line.teamSum().isPresent() ? "" : " (deals)");
            rows.add(row(name, line.counted(), line.person().quota(), line.lastWeek(), false));
        }
        if (own.teamSum().isPresent() && own.call().isPresent()) {
            rows.add(row("Team sum", own.teamSum().get(), subject.quota(), Optional.empty(), false));
            rows.add(row((self ? "Your" : subject.shortName() + "'s") + " call", own.call().get(), subject.quota(), own.lastWeek(), true));
        } else if (own.teamSum().isPresent()) {
            rows.add(row("Total", own.counted(), subject.quota(), own.lastWeek(), true));
        } else {
            own.call().ifPresent(call -> rows.add(row(self ? "Your call" : "Call", call, subject.quota(), own.lastWeek(), false)));
            rows.add(row(self ? "Your deals" : "Deals", own.deals(), subject.quota(), Optional.empty(), own.call().isEmpty()));
        }
        return rows;
    }

    /** The lines under the table: trend, team figures, accuracy, calls against deals, who is missing or away, currencies left out. */
    private static List<String> notes(Speaker speaker, Person subject, CurrentForecast forecast, List<ForecastRollup.Line> shown) {
        ForecastRollup rollup = forecast.rollup();
        List<String> notes = new ArrayList<>();
        trend(forecast, subject).ifPresent(notes::add);
        teamFigures(forecast, subject, speaker).ifPresent(notes::add);
        accuracy(forecast.closedQuarters(), subject, shown).ifPresent(notes::add);
        divergence(rollup.line(subject.id())).ifPresent(notes::add);
        List<Person> missing = rollup.missing(subject.id());
        if (!missing.isEmpty()) {
            notes.add("Missing this week (" + missing.size() + "): " + names(missing, subject, speaker));
        }
        List<Person> away = rollup.away(subject.id());
        if (!away.isEmpty()) {
            notes.add("Away: " + names(away, subject, speaker));
        }
        if (!forecast.otherCurrencies().isEmpty()) {
            notes.add("Deals in " + String.join(", ", forecast.otherCurrencies()) + " are not counted: the org file has no "
                    + "exchange rates.");
        }
        return notes;
    }

    private static Block.Row row(String name, ForecastNumbers numbers, Money quota, Optional<ForecastNumbers> lastWeek, boolean total) {
        Money open = numbers.pipeline();
        Money toClose = quota.minus(numbers.closed());
        Optional<BigDecimal> coverage = toClose.amount().signum() <= 0 ? Optional.empty()
                : Optional.of(open.amount().divide(toClose.amount(), 1, RoundingMode.HALF_UP));
        Optional<Money> change = lastWeek.map(last -> numbers.commit().minus(last.commit()));
        boolean down = change.filter(Money::isNegative).isPresent();
        boolean thin = coverage.filter(c -> c.compareTo(COVERAGE_WANTED) < 0).isPresent();
        List<Block.Cell> cells = List.of(
                Block.Cell.of(Markup.literal(name)),
                down ? Block.Cell.flagged(Amounts.brief(numbers.commit())) : Block.Cell.of(Amounts.brief(numbers.commit())),
                Block.Cell.of(Amounts.brief(numbers.bestCase())),
                Block.Cell.of(Amounts.brief(numbers.pipeline())),
                Block.Cell.of(Amounts.brief(numbers.closed())),
                Block.Cell.of(quota.amount().signum() == 0 ? "-" : Amounts.brief(quota)),
                Block.Cell.of(quota.amount().signum() == 0 ? "-" : percent(numbers.closed(), quota)),
                coverage.map(c -> thin ? Block.Cell.flagged(c.toPlainString() + "x") : Block.Cell.of(c.toPlainString() + "x"))
                        .orElse(Block.Cell.of(quota.amount().signum() == 0 ? "-" : "met")),
                Block.Cell.of(change.map(ForecastView::signed).orElse("-")));
        return new Block.Row(cells, total);
    }

    /** {@code Commit trend ▂▃▃▅▅▆ ($1.1M to $1.5M)}: the subject's commit over the quarter's last weeks, where anyone called. */
    private static Optional<String> trend(CurrentForecast forecast, Person subject) {
        List<Money> commits = forecast.commitTrend(subject.id());
        if (commits.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("Commit trend " + Sparkline.of(commits.stream().map(Money::amount).toList()) + " ("
                + Amounts.brief(commits.get(0)) + " to " + Amounts.brief(commits.get(commits.size() - 1)) + ", "
                + commits.size() + " weeks)");
    }

    /**
     * {@code Commit accuracy: Q3 FY27 87%, Q2 FY27 92% (the standard is 90%); under it in Q3 FY27: Mo C. 78%}: the
     * subject's accuracy in the last closed quarters that have one, and who of the lines shown fell under the standard in the last.
     */
    private static Optional<String> accuracy(List<QuarterAccuracy> quarters, Person subject, List<ForecastRollup.Line> lines) {
        List<QuarterAccuracy> known = quarters.stream().filter(q -> q.of(subject.id()).isPresent()).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String own = known.stream().map(q -> q.quarter().label() + " " + percent(q.of(subject.id()).orElseThrow()))
                .collect(java.util.stream.Collectors.joining(", "));
        QuarterAccuracy last = known.get(0);
        String under = lines.stream().filter(l -> last.of(l.person().id()).filter(a -> a < QuarterAccuracy.GOOD).isPresent())
                .map(l -> l.person().shortName() + " " + percent(last.of(l.person().id()).orElseThrow()))
                .collect(java.util.stream.Collectors.joining(", "));
        return Optional.of("Commit accuracy: " + own + " (the standard is " + percent(QuarterAccuracy.GOOD) + ")"
                + (under.isEmpty() ? "" : "; under it" + (known.size() > 1 ? " in " + last.quarter().label() : "") + ": " + under));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** {@code Reps at or above quota: 2 of 12 · win rate this quarter: 59% (10 won, 7 lost)}, for someone with a team. */
    private static Optional<String> teamFigures(CurrentForecast forecast, Person subject, Speaker speaker) {
        List<Person> reps = speaker.org().below(subject.id()).stream().filter(p -> speaker.org().directReports(p.id()).isEmpty())
                .toList();
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        long atQuota = reps.stream().filter(rep -> rep.quota().amount().signum() > 0)
                .filter(rep -> forecast.rollup().line(rep.id()).deals().closed().compareTo(rep.quota()) >= 0).count();
        List<Person> scope = new ArrayList<>(reps);
        scope.add(subject);
        int won = 0;
        int lost = 0;
        for (Person person : scope) {
            QuarterTotals numbers = forecast.ownDeals().get(person.id());
            if (numbers != null) {
                won += numbers.won();
                lost += numbers.lost();
            }
        }
        String winRate = won + lost == 0 ? "no deals closed yet this quarter"
                : "win rate this quarter " + Math.round(100.0 * won / (won + lost)) + "% (" + won + " won, " + lost + " lost)";
        return Optional.of("Reps at or above quota: " + atQuota + " of " + reps.size() + "  ·  " + winRate);
    }

    /** "CRM says $2.41M commit; the team calls $2.26M." when calls and deals part by more than 5%. */
    private static Optional<String> divergence(ForecastRollup.Line line) {
        BigDecimal deals = line.deals().commit().amount();
        BigDecimal called = line.counted().commit().amount();
        if (!line.called() && line.teamSum().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal apart = called.subtract(deals).abs();
        boolean parted = deals.signum() == 0 ? called.signum() != 0 : apart.compareTo(deals.abs().multiply(DIVERGENCE)) > 0;
        if (!parted) {
            return Optional.empty();
        }
        String who = line.teamSum().isPresent() ? "the team calls " : "the call is ";
        return Optional.of("CRM says " + Amounts.brief(line.deals().commit()) + " commit; " + who + Amounts.brief(line.counted().commit()) + ".");
    }

    /** Buttons to drill into the lines that have lines of their own. */
    private static List<Block.Button> drills(List<ForecastRollup.Line> lines) {
        return lines.stream().filter(l -> l.teamSum().isPresent()).limit(DRILL_BUTTONS)
                .map(l -> ActionIds.run("Drill into " + l.person().firstName(), "forecast " + l.person().id(), Block.Style.DEFAULT))
                .toList();
    }

    /** {@code Lee O. (Sam's team)}: the team named where it is not the subject's own. */
    private static String names(List<Person> people, Person subject, Speaker speaker) {
        List<String> names = new ArrayList<>();
        for (Person person : people.subList(0, Math.min(people.size(), NAMES_SHOWN))) {
            String team = person.manager().filter(m -> !m.equals(subject.id()) && !m.equals(person.id()))
                    .filter(m -> speaker.org().directReports(subject.id()).size() > 0).flatMap(speaker.org()::person)
                    .map(m -> " (" + m.firstName() + "'s team)").orElse("");
            names.add(Markup.literal(person.shortName()) + team);
        }
        String shown = String.join(", ", names);
        return people.size() > NAMES_SHOWN ? shown + " and " + (people.size() - NAMES_SHOWN) + " more" : shown;
    }


    private static String percent(Money part, Money whole) {
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 0, RoundingMode.HALF_UP) + "%";
    }

    private static String signed(Money change) {
        return (change.amount().signum() > 0 ? "+" : "") + Amounts.brief(change);
    }
}
