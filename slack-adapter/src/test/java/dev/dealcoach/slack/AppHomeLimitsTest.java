package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.Playbooks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The home page as Slack's App Home gets it: inside a home view's limits for a rep, a manager and a director of many teams. */
class AppHomeLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private List<JsonObject> homeBlocks(String personId) {
        Coach coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);
        View home = renderer.home(coach.home(personId));
        return home.getBlocks().stream()
                .map(block -> JsonParser.parseString(GsonFactory.createSnakeCase().toJson(block)).getAsJsonObject()).toList();
    }

    private static void assertWithinAHomeViewsLimits(List<JsonObject> blocks) {
        assertThat(blocks).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_VIEW_BLOCKS);
        assertThat(blocks.toString()).as("nothing was cut").doesNotContain("The list is cut here");
        for (JsonObject block : blocks) {
            if (block.has("text") && block.getAsJsonObject("text").has("text")) {
                assertThat(block.getAsJsonObject("text").get("text").getAsString()).hasSizeLessThanOrEqualTo(BlockKitRenderer.MAX_SECTION_TEXT);
            }
            if ("actions".equals(block.get("type").getAsString())) {
                block.getAsJsonArray("elements").forEach(element -> {
                    JsonObject select = element.getAsJsonObject();
                    if (select.has("options")) {
                        assertThat(select.getAsJsonArray("options").size()).isLessThanOrEqualTo(BlockKitRenderer.MAX_OPTIONS);
                    }
                });
            }
        }
    }

    @Test
    void theDemoOrgsHomesFitAndADirectorSeesThreeTeams() {
        new DataImport(stores).importDemo(clock);

        for (String person : List.of("ana", "mo", "dana")) {
            assertWithinAHomeViewsLimits(homeBlocks(person));
        }
        List<JsonObject> director = homeBlocks("dana");
        assertThat(director).filteredOn(block -> block.toString().contains("static_select")).as("a pick list a team").hasSize(3);
        assertThat(director.get(0).toString()).contains("Your teams' deals");
    }

    @Test
    void aDirectorOfFortyTeamsGetsAHomeViewWithinSlacksLimits() {
        List<Person> people = new ArrayList<>(List.of(person("vp", Role.DIRECTOR, null)));
        List<Deal> deals = new ArrayList<>();
        for (int m = 1; m <= 40; m++) {
            people.add(person("m" + m, Role.MANAGER, "vp"));
            for (int r = 1; r <= 10; r++) {
                String rep = "m" + m + "r" + r;
                people.add(person(rep, Role.REP, "m" + m));
                for (int d = 0; d < 12; d++) {
                    deals.add(new Deal(rep + "-" + d, "<Deal> & a name long enough to need cutting, ".repeat(5) + d, "Account", rep,
                            Money.of("1000" + d, "USD"), Stage.NEGOTIATION, ForecastCategory.COMMIT, TODAY.plusDays(d - 4), "", null,
                            TODAY.minusMonths(3)));
                }
            }
        }
        stores.org().save(Org.of(new FiscalCalendar(2), Currency.getInstance("USD"), people));
        stores.deals().replaceAll(deals);

        assertWithinAHomeViewsLimits(homeBlocks("vp"));
        assertWithinAHomeViewsLimits(homeBlocks("m1"));
    }

    private static Person person(String id, Role role, String manager) {
        return new Person(id, id.toUpperCase(), id + "@example.com", role, manager, ZoneId.of("UTC"), Money.of("1", "USD"), null, null);
    }
}
