package dev.dealcoach.core.schedule;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.QuietHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code snooze 2h}: today's daily nudge, if still to come, comes that much later (within today). */
final class SnoozeCommand implements CommandHandler {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,3})\\s*(h|hours?|hrs?|m|mins?|minutes?)");
    private static final Duration LONGEST = Duration.ofHours(12);

    private final PreferenceStore preferences;
    private final Clock clock;

    SnoozeCommand(PreferenceStore preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("snooze");
    }

    @Override
    public String help() {
        return "`snooze 2h`: put off today's check-in";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return span(arguments).isPresent();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        Optional<Duration> span = span(arguments);
        if (span.isEmpty() || span.get().isZero()) {
            return new Reply(Message.text("For how long? Like `snooze 2h` or `snooze 30m`."));
        }
        if (span.get().compareTo(LONGEST) > 0) {
            return new Reply(Message.text("At most 12 hours; for days off, `away until <date>`."));
        }
        Instant until = clock.instant().plus(span.get());
        LocalDateTime local = LocalDateTime.ofInstant(until, speaker.person().timeZone());
        if (!local.toLocalDate().equals(speaker.today())) {
            return new Reply(Message.text("That runs past midnight: today's check-in is simply skipped if you don't answer it."));
        }
        Preferences own = preferences.of(speaker.id());
        QuietHours quiet = speaker.org().checkIns().quietHours();
        if (quiet.contains(local.toLocalTime())) {
            return new Reply(Message.text("That's inside your quiet hours (" + quiet + "): snooze for less, or `log ...` when you can."));
        }
        LocalTime nudge = CheckInSchedule.slot(speaker.org().checkIns(), CheckInKind.DAILY_ACTIVITY, speaker.person(), own).time();
        if (!local.toLocalTime().isAfter(nudge)) {
            return new Reply(Message.text("Today's check-in comes at " + nudge + " anyway, after that."));
        }
        preferences.save(speaker.id(), own.snoozed(until));
        return new Reply(Message.text("Snoozed: if today's check-in hasn't come yet, it comes at "
                + local.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)) + " instead."));
    }

    private static Optional<Duration> span(String arguments) {
        Matcher matcher = SPAN.matcher(arguments.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(matcher.group(1));
        return Optional.of(matcher.group(2).startsWith("h") ? Duration.ofHours(n) : Duration.ofMinutes(n));
    }
}
