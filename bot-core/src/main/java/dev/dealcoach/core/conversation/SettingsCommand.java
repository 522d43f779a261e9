package dev.dealcoach.core.conversation;

import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code settings}: what DealCoach knows about you, from the org file. */
public final class SettingsCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("settings");
    }

    @Override
    public String help() {
        return "`settings`: what I know about you (role, manager, time zone, quota)";
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        Person person = speaker.person();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("Name", person.name()));
        fields.add(new Block.Field("Role", person.role().name().toLowerCase(Locale.ROOT)));
        fields.add(new Block.Field("Manager", person.manager().flatMap(speaker.org()::person).map(Person::name).orElse("none")));
        fields.add(new Block.Field("Time zone", person.timeZone().getId()));
        fields.add(new Block.Field("Quarterly quota", Amounts.full(person.quota())));
        fields.add(new Block.Field("Fiscal quarter", speaker.org().calendar().quarterOf(speaker.today()).label()));
        return new Reply(Message.of(new Block.Heading("Your settings"), new Block.Fields(fields),
                new Block.Note("These come from the org file; ask your sales ops admin to change them.")));
    }
}
