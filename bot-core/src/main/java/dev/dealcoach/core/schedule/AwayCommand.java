package dev.dealcoach.core.schedule;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.parse.FlexibleDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code away until 2026-12-24} or {@code away for 2 weeks}: no check-ins, the forecast prompt skipped, shown as away. */
final class AwayCommand implements CommandHandler {

    private static final Pattern FOR = Pattern.compile("(?:for\\s+)?(\\d{1,3})\\s*(days?|d|weeks?|w)");
    private static final Pattern UNTIL = Pattern.compile("(?:until|till|til|to|through)\\s+(.+)");
    private static final int LONGEST_DAYS = 365;

    private final PreferenceStore preferences;
    private final ForecastStore forecasts;

    AwayCommand(PreferenceStore preferences, ForecastStore forecasts) {
        this.preferences = preferences;
        this.forecasts = forecasts;
    }

    @Override
    public List<String> names() {
        return List.of("away");
    }

    @Override
    public String help() {
        return "`away until Dec 24` or `away for 2 weeks`: no check-ins meanwhile; `back` ends it early";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return until(speaker, arguments).isPresent();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        Optional<LocalDate> until = until(speaker, arguments);
        if (until.isEmpty()) {
            return new Reply(Message.text("Until when? Like `away until Dec 24` or `away for 2 weeks`."));
        }
        if (until.get().isBefore(speaker.today())) {
            return new Reply(Message.text(Dates.date(until.get(), speaker.today()) + " has passed: give a day from today on."));
        }
        if (until.get().isAfter(speaker.today().plusDays(LONGEST_DAYS))) {
            return new Reply(Message.text("That is more than a year away: give a nearer day."));
        }
        Preferences before = preferences.of(speaker.id());
        preferences.save(speaker.id(), before.away(until.get()));
        List<String> away = weeks(speaker, speaker.today(), until.get());
        if (before.awayUntil() != null && before.awayUntil().isAfter(until.get())) {
            // A shorter away than before: the weeks after its new end are working weeks again.
            weeks(speaker, until.get().plusDays(1), before.awayUntil()).stream().filter(week -> !away.contains(week))
                    .forEach(week -> forecasts.unmarkAway(speaker.id(), week));
        }
        away.forEach(week -> forecasts.markAway(speaker.id(), week));
        return new Reply(Message.text("You're away until " + Dates.date(until.get(), speaker.today())
                + " included: no check-ins, no forecast prompt, and the rollup shows you as away. `back` ends it early."));
    }

    /** The forecast weeks from {@code from} to {@code to}: away in any day of one is away for its call. */
    static List<String> weeks(Speaker speaker, LocalDate from, LocalDate to) {
        List<String> weeks = new java.util.ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String week = ForecastWeek.of(speaker.org().calendar(), day).key();
            if (!weeks.contains(week)) {
                weeks.add(week);
            }
        }
        return weeks;
    }

    private static Optional<LocalDate> until(Speaker speaker, String arguments) {
        String text = arguments.strip().toLowerCase(Locale.ROOT);
        Matcher span = FOR.matcher(text);
        if (span.matches()) {
            int n = Integer.parseInt(span.group(1));
            int days = span.group(2).startsWith("w") ? 7 * n : n;
            return days < 1 ? Optional.empty() : Optional.of(speaker.today().plusDays(days - 1L));
        }
        Matcher until = UNTIL.matcher(text);
        return until.matches() ? FlexibleDate.parse(until.group(1), speaker.today()) : Optional.empty();
    }
}
