package dev.dealcoach.core.schedule;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.activity.ActivityProgress;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.activity.DailyActivityFlow;
import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.conversation.StartResult;
import dev.dealcoach.core.forecast.CurrentForecast;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastFlow;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.forecast.MissingCalls;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Slot;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.OrgStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the check-ins due at an instant: asks {@link CheckInSchedule} who is due, and for each starts
 * the flow or sends the message through {@link Outreach} under the check-in's key, so that running
 * the same instant again (the next minute, a retry, another instance) sends nothing twice.
 */
public final class CheckIns {

    /** One check-in's outcome: queued, or skipped and why. */
    public record Outcome(String person, String kind, LocalDate date, boolean queued, String reason) {
    }

    /** What one run did. */
    public record Report(Instant at, List<Outcome> queued, List<Outcome> skipped) {
    }

    /** Longer than any check-in's window, and than the local dates of one run can span. */
    private static final java.time.Duration DONE_MEMORY = java.time.Duration.ofDays(2);
    /** Review buttons for a digest's overdue deals. */
    private static final int FLAGGED_DEAL_BUTTONS = 3;
    /** "Submit for <rep>" buttons on an escalation; more missing reps are submitted for with {@code forecast submit <name>}. */
    private static final int ON_BEHALF_BUTTONS = 3;

    private final OrgStore orgs;
    private final PreferenceStore preferences;
    private final ForecastStore forecasts;
    private final DealTotals totals;
    private final ActivityStore activity;
    private final DealStore deals;
    private final IdempotencyStore once;
    private final Outreach outreach;

    public CheckIns(OrgStore orgs, PreferenceStore preferences, ForecastStore forecasts, DealTotals totals, ActivityStore activity,
                    DealStore deals, IdempotencyStore once, Outreach outreach) {
        this.deals = deals;
        this.once = once;
        this.orgs = orgs;
        this.preferences = preferences;
        this.forecasts = forecasts;
        this.totals = totals;
        this.activity = activity;
        this.outreach = outreach;
    }

    /** Every check-in of {@code kinds} due at {@code at}, for everyone or only {@code personId}. */
    public Report run(Instant at, Collection<CheckInKind> kinds, Optional<String> personId) {
        List<Outcome> queued = new ArrayList<>();
        List<Outcome> skipped = new ArrayList<>();
        Optional<Org> loaded = orgs.load();
        if (loaded.isEmpty()) {
            return new Report(at, queued, skipped);
        }
        Org org = loaded.get();
        Map<String, Preferences> chosen = preferences.all();
        for (CheckInKind kind : kinds) {
            List<CheckInSchedule.Decision> decisions = new ArrayList<>();
            if (personId.isPresent()) {
                Optional<Person> person = org.person(personId.get());
                if (person.isEmpty()) {
                    skipped.add(new Outcome(personId.get(), kind.id(), null, false, "not in the org"));
                    continue;
                }
                Optional<CheckInSchedule.Decision> decision = CheckInSchedule.decide(org, person.get(), kind, at,
                        chosen.getOrDefault(person.get().id(), Preferences.NONE));
                if (decision.isEmpty()) {
                    skipped.add(new Outcome(person.get().id(), kind.id(), at.atZone(person.get().timeZone()).toLocalDate(), false,
                            CheckInSchedule.receives(org, person.get(), kind)
                                    ? "not due then (" + when(org, person.get(), kind, chosen.getOrDefault(person.get().id(), Preferences.NONE)) + ")"
                                    : "not for them (" + (kind.forReps() ? "reps" : "managers of reps") + " only)"));
                    continue;
                }
                decisions.add(decision.get());
            } else {
                decisions.addAll(CheckInSchedule.at(org, kind, at, chosen));
            }
            // Read once per run, and only when needed: every deal, for a digest's overdue ones; who is away, per forecast week.
            Run run = new Run(memo(() -> overdueByOwner(at, org)), new java.util.HashMap<>());
            for (CheckInSchedule.Decision decision : decisions) {
                Outcome outcome;
                try {
                    outcome = decision.skip().map(skip -> outcome(decision.checkIn(), false, skip.reason()))
                            .orElseGet(() -> once(org, decision.checkIn(), run));
                } catch (RuntimeException e) {
                    // One check-in that cannot be queued (the store went away) does not stop the others; the next minute tries it again.
                    outcome = outcome(decision.checkIn(), false, "failed, tried again next minute: " + e.getMessage());
                }
                (outcome.queued() ? queued : skipped).add(outcome);
            }
        }
        return new Report(at, queued, skipped);
    }

    private static String when(Org org, Person person, CheckInKind kind, Preferences preferences) {
        Slot slot = CheckInSchedule.slot(org.checkIns(), kind, person, preferences);
        return (slot.weekly() ? slot.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s " : "working days ") + slot.time()
                + " " + person.timeZone();
    }

    /**
     * The forecast week this calendar week's prompt asked for: the reminder, the escalation and the
     * digest follow it, also in a quarter whose fiscal weeks start on another weekday than the prompt's.
     */
    static ForecastWeek promptedWeek(Org org, Person person, LocalDate date) {
        java.time.DayOfWeek promptDay = org.checkIns().slot(CheckInKind.WEEKLY_FORECAST, person.id()).day();
        return ForecastWeek.of(org.calendar(), date.with(java.time.temporal.TemporalAdjusters.previousOrSame(promptDay)));
    }

    private Map<String, List<Deal>> overdueByOwner(Instant at, Org org) {
        Map<String, List<Deal>> byOwner = new java.util.HashMap<>();
        for (Deal deal : deals.all()) {
            Optional<Person> owner = org.person(deal.ownerId());
            if (owner.isPresent() && deal.stage().isOpen() && deal.closeDate().isBefore(at.atZone(owner.get().timeZone()).toLocalDate())) {
                byOwner.computeIfAbsent(deal.ownerId(), o -> new ArrayList<>()).add(deal);
            }
        }
        return byOwner;
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * A check-in stays due for its whole window, asked every minute: once it went out (or was found
     * needless: already called, nobody missing) a mark says so, and nothing is built again.
     */
    private Outcome once(Org org, CheckIn checkIn, Run run) {
        String mark = "done:" + checkIn.key();
        if (once.marked(mark)) {
            return outcome(checkIn, false, "already sent");
        }
        Outcome outcome = deliver(org, checkIn, run);
        if (outcome.queued() || outcome.reason().equals("already sent")) {
            once.markFirst(mark, DONE_MEMORY);
        }
        return outcome;
    }

    /** What one run reads at most once: the overdue deals by owner, who is away in each forecast week. */
    private record Run(Supplier<Map<String, List<Deal>>> overdue, Map<String, java.util.Set<String>> awayByWeek) {
    }

    private java.util.Set<String> away(Run run, ForecastWeek week) {
        return run.awayByWeek().computeIfAbsent(week.key(), forecasts::away);
    }

    private Outcome deliver(Org org, CheckIn checkIn, Run run) {
        Person person = checkIn.person();
        Speaker speaker = new Speaker(person, org, checkIn.date());
        ForecastWeek week = promptedWeek(org, person, checkIn.date());
        return switch (checkIn.kind()) {
            case DAILY_ACTIVITY -> started(checkIn, outreach.startQueued(person.id(), Destination.dm(person.id()),
                    DailyActivityFlow.startFor(checkIn.date()), checkIn.key()));
            case WEEKLY_FORECAST -> {
                if (forecasts.latest(person.id(), week.key()).isPresent()) {
                    yield outcome(checkIn, false, "already called this week");
                }
                if (away(run, week).contains(person.id())) {
                    yield outcome(checkIn, false, "away");
                }
                CurrentForecast forecast = CurrentForecast.of(org, checkIn.date(), person.id(), totals, forecasts);
                CommandHandler.StartFlow call = ForecastFlow.startFor(speaker, week, forecast.startingPoint(person.id()), Optional.empty());
                Slot reminder = org.checkIns().slot(CheckInKind.FORECAST_REMINDER, person.id());
                CommandHandler.StartFlow prompt = new CommandHandler.StartFlow(call.flow(), call.context(),
                        Message.text("Your " + week.quarter().label() + " call is due by " + day(reminder) + " " + reminder.time()
                                + ".").then(call.intro()));
                yield started(checkIn, outreach.startQueued(person.id(), Destination.dm(person.id()), prompt, checkIn.key()));
            }
            case FORECAST_REMINDER -> {
                if (forecasts.latest(person.id(), week.key()).isPresent()) {
                    yield outcome(checkIn, false, "already called this week");
                }
                if (away(run, week).contains(person.id())) {
                    yield outcome(checkIn, false, "away");
                }
                yield sent(checkIn, Message.text("Reminder: your forecast for " + week.label() + " of " + week.quarter().label()
                        + " is still open.").then(Message.of(new Block.Buttons(List.of(
                        ActionIds.run("Submit", "forecast submit", Block.Style.PRIMARY),
                        ActionIds.run("I'm away", "forecast away", Block.Style.DEFAULT))))));
            }
            case FORECAST_ESCALATION -> {
                List<Person> missing = missing(org, person, week);
                if (missing.isEmpty()) {
                    yield outcome(checkIn, false, "nobody missing");
                }
                List<Block.Button> buttons = new ArrayList<>();
                buttons.add(ActionIds.run("Nudge them", "forecast nudge", Block.Style.PRIMARY));
                missing.stream().limit(ON_BEHALF_BUTTONS).forEach(rep -> buttons.add(ActionIds.run("Submit for " + rep.firstName(),
                        "forecast submit " + rep.id(), Block.Style.DEFAULT)));
                yield sent(checkIn, Message.text("Still missing this week: " + sentence(names(missing)))
                        .then(Message.of(new Block.Buttons(buttons))));
            }
            case MANAGER_DIGEST -> sent(checkIn, digest(org, person, checkIn.date(), week, run.overdue().get()));
        };
    }

    private List<Person> missing(Org org, Person manager, ForecastWeek week) {
        return MissingCalls.of(org, manager, week, forecasts);
    }

    /**
     * Each rep's week against the targets and their forecast call against last week's, who logged
     * nothing and who has not called, and a button to review each of the team's deals whose close
     * date has passed while still open (the first few).
     */
    private Message digest(Org org, Person manager, LocalDate date, ForecastWeek week, Map<String, List<Deal>> overdue) {
        List<Person> reps = org.directReports(manager.id()).stream().filter(p -> org.directReports(p.id()).isEmpty()).toList();
        List<String> ids = reps.stream().map(Person::id).toList();
        Map<String, ForecastNumbers> called = forecasts.called(week.key(), ids);
        Map<String, ForecastNumbers> before = week.number() == 1 ? Map.of() : forecasts.called(week.previous(org.calendar()).key(), ids);
        List<String> lines = new ArrayList<>();
        List<String> quiet = new ArrayList<>();
        for (Person rep : reps) {
            ActivityProgress progress = DailyActivityFlow.progress(activity, totals, org, rep, date);
            ActivityLog done = progress.thisWeek();
            if (!done.anything()) {
                quiet.add(Markup.literal(rep.firstName()));
            }
            lines.add("- " + Markup.literal(rep.name()) + ": exec " + done.execMeetings() + "/" + progress.targets().execMeetingsPerWeek()
                    + ", discovery " + done.discoveryCalls() + "/" + progress.targets().discoveryCallsPerWeek() + ", proposals "
                    + progress.proposalsTwoWeeks() + "/" + progress.targets().proposalsPerTwoWeeks() + " (two weeks)"
                    + (progress.streak() > 0 ? ", " + progress.streak() + "-day streak" : "") + "; " + call(called.get(rep.id()),
                    before.get(rep.id())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Your team's week"));
        blocks.add(new Block.Text(String.join("\n", lines)));
        if (!quiet.isEmpty()) {
            blocks.add(new Block.Note("Logged nothing this week: " + String.join(", ", quiet) + "."));
        }
        List<Person> missing = missing(org, manager, week);
        if (!missing.isEmpty()) {
            blocks.add(new Block.Note("No forecast call yet for " + week.label() + ": " + sentence(names(missing))));
        }
        List<Block.Button> buttons = new ArrayList<>();
        ids.stream().flatMap(id -> overdue.getOrDefault(id, List.of()).stream())
                .sorted(java.util.Comparator.comparing(Deal::closeDate)).limit(FLAGGED_DEAL_BUTTONS)
                .forEach(d -> buttons.add(ActionIds.run("Review " + d.account() + " (close date passed)", "review " + d.id(),
                        Block.Style.DEFAULT)));
        buttons.add(ActionIds.run("Team forecast", "forecast", Block.Style.DEFAULT));
        blocks.add(new Block.Buttons(buttons));
        return new Message(blocks);
    }

    /** {@code commit call $368k (+$20k)}, or {@code no call yet}. */
    private static String call(ForecastNumbers now, ForecastNumbers before) {
        if (now == null) {
            return "no call yet";
        }
        String text = "commit call " + Amounts.brief(now.commit());
        if (before != null) {
            Money change = now.commit().minus(before.commit());
            text += change.amount().signum() == 0 ? " (same as last week)"
                    : " (" + (change.amount().signum() > 0 ? "+" : "") + Amounts.brief(change) + ")";
        }
        return text;
    }

    /** Ends the text with a full stop, unless a name's initial already did ({@code Jo P.}). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String names(List<Person> people) {
        return String.join(", ", people.stream().map(p -> Markup.literal(p.shortName())).toList());
    }


    private static String day(Slot slot) {
        return slot.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private Outcome sent(CheckIn checkIn, Message message) {
        boolean queued = outreach.send(checkIn.key(), List.of(new Outgoing.Send(Destination.dm(checkIn.person().id()), message)));
        return outcome(checkIn, queued, queued ? "" : "already sent");
    }

    private static Outcome started(CheckIn checkIn, Outreach.Start start) {
        StartResult result = start.result();
        if (start.queued()) {
            return outcome(checkIn, true, result instanceof StartResult.Started ? "" : "queued again: its first queuing had failed");
        }
        if (result instanceof StartResult.Started) {
            return outcome(checkIn, false, "already sent");
        }
        if (result instanceof StartResult.Busy busy) {
            return outcome(checkIn, false, "busy with " + busy.subject() + ": tried again next minute, within the window");
        }
        if (result instanceof StartResult.NotInOrg) {
            return outcome(checkIn, false, "not in the org");
        }
        return outcome(checkIn, false, "already sent");
    }

    private static Outcome outcome(CheckIn checkIn, boolean queued, String reason) {
        return new Outcome(checkIn.person().id(), checkIn.kind().id(), checkIn.date(), queued, reason);
    }
}
