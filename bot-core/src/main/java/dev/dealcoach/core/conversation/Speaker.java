package dev.dealcoach.core.conversation;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.time.LocalDate;

/** The person the bot is talking with, their org, and today's date where they are. */
public record Speaker(Person person, Org org, LocalDate today) {

    public String id() {
        return person.id();
    }
}
