package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.review.Playbooks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A director with 50 managers gets a first screen that fits a phone and every line one click away, never a silently cut list. */
class ForecastFoldingTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);

    private static Person person(String id, Role role, String manager) {
        return new Person(id, "Person " + id, id + "@example.com", role, manager, ZoneId.of("UTC"), Money.of("500000", "USD"), null, null);
    }

    @Test
    void fiftyManagersFoldToTwelveLinesWithAButtonForAll() {
        List<Person> people = new ArrayList<>(List.of(person("vp", Role.DIRECTOR, null)));
        for (int i = 1; i <= 50; i++) {
            people.add(person("m" + i, Role.MANAGER, "vp"));
            people.add(person("r" + i, Role.REP, "m" + i));
        }
        stores.org().save(Org.of(new FiscalCalendar(2), Currency.getInstance("USD"), people));
        ChatScript chat = ChatScript.over(stores, Playbooks.bundled(), clock);

        chat.as("vp").says("forecast").expectReply("12 of 50 lines shown; the total counts them all.", "[Show all 50 lines]",
                "Missing this week (50): ", " and 42 more");
        assertThat(rows(chat)).hasSize(13).last().satisfies(total -> assertThat(total.total()).isTrue());

        chat.clicks("Show all 50 lines");
        assertThat(rows(chat)).hasSize(51);
        assertThat(chat.reply()).doesNotContain("lines shown");
    }

    private static List<Block.Row> rows(ChatScript chat) {
        return chat.lastReply().stream().flatMap(o -> o.message().blocks().stream()).filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow().rows();
    }
}
