package dev.dealcoach.core.schedule;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Slot;
import dev.dealcoach.core.risk.RiskAlerts;
import dev.dealcoach.core.risk.RiskStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stats}, for a manager: per rep this quarter, the working days they logged (answering the
 * nudge or typing {@code log}) and the weeks their forecast call was in by the reminder's time.
 */
final class StatsCommand implements CommandHandler {

    private final ActivityStore activity;
    private final ForecastStore forecasts;
    private final PreferenceStore preferences;
    private final RiskStore risk;
    private final Clock clock;

    StatsCommand(ActivityStore activity, ForecastStore forecasts, PreferenceStore preferences, RiskStore risk, Clock clock) {
        this.risk = risk;
        this.activity = activity;
        this.forecasts = forecasts;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("stats");
    }

    @Override
    public String help() {
        return "`stats`: your reps' check-ins this quarter: days logged, forecasts on time";
    }

    @Override
    public String help(Speaker speaker) {
        return reps(speaker).isEmpty() ? "" : help();
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return arguments.isBlank();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        List<Person> reps = reps(speaker);
        if (reps.isEmpty()) {
            return new Reply(Message.text("`stats` shows a manager's reps; you have none. `log` and `forecast` show your own."));
        }
        Org org = speaker.org();
        FiscalQuarter quarter = org.calendar().quarterOf(speaker.today());
        List<Block.Row> rows = new ArrayList<>();
        for (Person rep : reps) {
            rows.add(new Block.Row(List.of(Block.Cell.of(Markup.literal(rep.name())), Block.Cell.of(daysLogged(org, rep, quarter, speaker.today())),
                    Block.Cell.of(onTime(org, rep, quarter, speaker.today()))), false));
        }
        List<String> acted = new ArrayList<>();
        List<Person> managers = new ArrayList<>();
        managers.add(speaker.person());
        org.below(speaker.id()).stream().filter(p -> !org.directReports(p.id()).isEmpty()).forEach(managers::add);
        String quarterKey = RiskAlerts.quarterKey(org, speaker.today());
        for (Person manager : managers) {
            RiskStore.AlertRecord record = risk.record(manager.id(), quarterKey);
            if (!record.alerted().isEmpty()) {
                acted.add(Markup.literal(manager.shortName()) + " " + record.acted().size() + " of " + record.alerted().size());
            }
        }
        Block.Note alerts = new Block.Note(acted.isEmpty() ? "No slip-risk alerts this quarter yet."
                : "Slip-risk alerts acted on this quarter (reviewed, snoozed or called not a risk): " + String.join(", ", acted) + ".");
        return new Reply(Message.of(new Block.Heading("Check-ins in " + quarter.label()),
                new Block.Table("", List.of(new Block.Column("", false), new Block.Column("Days logged", true),
                        new Block.Column("Forecasts on time", true)), rows),
                new Block.Note("Days logged: working days so far with a log, nudge answered or typed. On time: calls in by the "
                        + "reminder (" + org.checkIns().slot(CheckInKind.FORECAST_REMINDER, speaker.id()) + " their time)."), alerts));
    }

    private String daysLogged(Org org, Person rep, FiscalQuarter quarter, LocalDate today) {
        LocalDate to = today.minusDays(1);
        Map<LocalDate, ActivityLog> logged = activity.between(rep.id(), quarter.start(), to, org.currency());
        java.util.Set<java.time.DayOfWeek> days = CheckInSchedule.workingDays(org.checkIns(), rep, preferences.of(rep.id()));
        int working = 0;
        int answered = 0;
        for (LocalDate day = quarter.start(); !day.isAfter(to); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())
                    && !org.checkIns().holiday(day, rep.timeZone())) {
                working++;
                answered += logged.containsKey(day) ? 1 : 0;
            }
        }
        return working == 0 ? "-" : answered + " of " + working;
    }

    /** Of the quarter's weeks whose reminder time has passed, those with a call made by then. */
    private String onTime(Org org, Person rep, FiscalQuarter quarter, LocalDate today) {
        Slot reminder = org.checkIns().slot(CheckInKind.FORECAST_REMINDER, rep.id());
        Instant now = clock.instant();
        int weeks = 0;
        int inTime = 0;
        for (int n = 1; n <= quarter.weeks(); n++) {
            ForecastWeek week = new ForecastWeek(quarter, n);
            LocalDate day = week.start();
            while (day.getDayOfWeek() != reminder.day()) {
                day = day.plusDays(1);
            }
            Instant due = ZonedDateTime.of(day, reminder.time(), rep.timeZone()).toInstant();
            if (due.isAfter(now)) {
                break;
            }
            weeks++;
            Optional<Instant> first = forecasts.versions(rep.id(), week.key()).stream().map(ForecastCall::at).min(Comparator.naturalOrder());
            inTime += first.filter(at -> !at.isAfter(due)).isPresent() ? 1 : 0;
        }
        return weeks == 0 ? "-" : inTime + " of " + weeks;
    }

    private static List<Person> reps(Speaker speaker) {
        return speaker.org().below(speaker.id()).stream().filter(p -> speaker.org().directReports(p.id()).isEmpty()).toList();
    }
}
