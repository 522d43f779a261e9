package dev.dealcoach.core.settings;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.pipeline.ContactStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code settings}: what DealCoach knows about you, from the org file, and where its messages reach
 * you; {@code settings platform slack|teams|auto} chooses that platform.
 */
final class SettingsCommand implements CommandHandler {

    private static final String AUTO = "auto";

    private final ContactStore contacts;

    SettingsCommand(ContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<String> names() {
        return List.of("settings");
    }

    @Override
    public String help() {
        return "`settings`: what I know about you; `settings platform slack`, `teams` or `auto`: where my messages reach you";
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        String[] words = arguments.strip().toLowerCase(Locale.ROOT).split("\\s+", 2);
        if (words[0].equals("platform")) {
            return choosePlatform(speaker, words.length > 1 ? words[1].strip() : "");
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
        return Message.of(new Block.Heading("Your settings"), new Block.Fields(fields),
                new Block.Note("These come from the org file; ask your sales ops admin to change them. "
                        + "`settings platform slack`, `teams` or `auto` chooses where my messages reach you."));
    }

    private static String label(Platform platform) {
        return platform == Platform.PLAYGROUND ? "the playground"
                : platform.id().substring(0, 1).toUpperCase(Locale.ROOT) + platform.id().substring(1);
    }
}
