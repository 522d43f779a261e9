package dev.dealcoach.core.settings;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.Slot;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.schedule.CheckInSchedule;
import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.schedule.Preferences;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code settings}: what DealCoach knows about you, from the org file, and where its messages reach
 * you; {@code settings platform slack|teams|auto} chooses that platform.
 */
final class SettingsCommand implements CommandHandler {

    private static final String AUTO = "auto";

    private final ContactStore contacts;
    private final PreferenceStore preferences;

    SettingsCommand(ContactStore contacts, PreferenceStore preferences) {
        this.contacts = contacts;
        this.preferences = preferences;
    }

    @Override
    public List<String> names() {
        return List.of("settings");
    }

    @Override
    public String help() {
        return "`settings`: what I know about you, and your check-in times; `settings platform slack`, `teams` or `auto`: where my messages reach you";
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        String[] words = arguments.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
            case "platform":
                return choosePlatform(speaker, rest);
            case "nudge":
                return nudgeTime(speaker, rest);
            case "days":
            case "working-days":
                return workingDays(speaker, rest);
            case "daily-nudge":
                return dailyNudge(speaker, rest);
            default:
                break;
        }
        return new Reply(show(speaker));
    }

    private Result choosePlatform(Speaker speaker, String choice) {
        if (choice.equals(AUTO)) {
            contacts.prefer(speaker.id(), Optional.empty());
            return new Reply(Message.text("Done: my messages reach you where you last talked to me."));
        }
        Optional<Platform> platform = Platform.named(choice).filter(p -> p != Platform.PLAYGROUND);
        if (platform.isEmpty()) {
            return new Reply(Message.text("Say `settings platform slack`, `settings platform teams` or `settings platform auto` "
                    + "(where you last talked to me)."));
        }
        contacts.prefer(speaker.id(), platform);
        return new Reply(Message.text("Done: my messages reach you on " + label(platform.get())
                + " when I can reach you there, else where you last talked to me."));
    }

    private Result nudgeTime(Speaker speaker, String text) {
        try {
            LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
            if (speaker.org().checkIns().quietHours().contains(time)) {
                return new Reply(Message.text(time + " is inside the quiet hours (" + speaker.org().checkIns().quietHours()
                        + "), when nothing is delivered: pick a time outside them."));
            }
            preferences.save(speaker.id(), preferences.of(speaker.id()).nudgeAt(time));
            return new Reply(Message.text("Done: your daily nudge comes at " + time + " " + speaker.person().timeZone().getId()
                    + " on your working days."));
        } catch (DateTimeParseException e) {
            return new Reply(Message.text("Give a time like `settings nudge 17:15` (24-hour, your time zone)."));
        }
    }

    private Result workingDays(Speaker speaker, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        try {
            for (String day : text.split("[\\s,]+")) {
                if (!day.isBlank()) {
                    days.add(Slot.day(day));
                }
            }
        } catch (IllegalArgumentException e) {
            days.clear();
        }
        if (days.isEmpty()) {
            return new Reply(Message.text("Name the days, like `settings days mon tue wed thu`."));
        }
        preferences.save(speaker.id(), preferences.of(speaker.id()).working(days));
        return new Reply(Message.text("Done: check-ins come on " + dayNames(days) + "."));
    }

    private Result dailyNudge(Speaker speaker, String text) {
        if (!text.equals("on") && !text.equals("off")) {
            return new Reply(Message.text("Say `settings daily-nudge off` or `settings daily-nudge on`. (The weekly forecast prompt "
                    + "can't be turned off.)"));
        }
        preferences.save(speaker.id(), preferences.of(speaker.id()).dailyNudge(text.equals("on")));
        return new Reply(Message.text(text.equals("on") ? "Done: the daily nudge is back on."
                : "Done: no more daily nudges; `log ...` still works any time. The weekly forecast prompt still comes."));
    }

    private static String dayNames(Set<DayOfWeek> days) {
        return String.join(", ", days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
    }

    private Message show(Speaker speaker) {
        Person person = speaker.person();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Name", person.name()));
        fields.add(new Block.Field("Role", person.role().name().toLowerCase(Locale.ROOT)));
        fields.add(new Block.Field("Manager", person.manager().flatMap(speaker.org()::person).map(Person::name).orElse("none")));
        fields.add(new Block.Field("Time zone", person.timeZone().getId()));
        fields.add(new Block.Field("Quarterly quota", Amounts.full(person.quota())));
        fields.add(new Block.Field("Fiscal quarter", speaker.org().calendar().quarterOf(speaker.today()).label()));
        fields.add(new Block.Field("Messages reach you on", contacts.preferred(speaker.id()).map(p -> label(p) + " (your choice)")
                .or(() -> contacts.lastTalkedOn(speaker.id()).map(p -> label(p) + " (where you last talked to me)"))
                .orElse("where you talk to me")));
        Preferences own = preferences.of(speaker.id());
        CheckInPolicy policy = speaker.org().checkIns();
        if (speaker.org().directReports(speaker.id()).isEmpty()) {
            Slot nudge = CheckInSchedule.slot(policy, CheckInKind.DAILY_ACTIVITY, person, own);
            fields.add(new Block.Field("Daily nudge", own.dailyNudgeOff() ? "off" : nudge.time() + " on "
                    + dayNames(CheckInSchedule.workingDays(policy, person, own))));
        }
        if (own.awayOn(speaker.today())) {
            fields.add(new Block.Field("Away", "until " + Dates.date(own.awayUntil(), speaker.today())));
        }
        return Message.of(new Block.Heading("Your settings"), new Block.Fields(fields),
                new Block.Note("These come from the org file; ask your sales ops admin to change them. "
                        + "`settings platform slack`, `teams` or `auto` chooses where my messages reach you; "
                        + "`settings nudge 17:15`, `settings days mon tue wed thu` and `settings daily-nudge off` change your check-ins."));
    }

    private static String label(Platform platform) {
        return platform == Platform.PLAYGROUND ? "the playground"
                : platform.id().substring(0, 1).toUpperCase(Locale.ROOT) + platform.id().substring(1);
    }
}
