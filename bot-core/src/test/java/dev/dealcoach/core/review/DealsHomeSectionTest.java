package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deals on the home page, with the demo org on Monday 2026-11-23 (Q4 FY27 runs Nov 1 to Jan 31):
 * Dana directs Mo's, Sam's and Lena's teams; each team has two overdue deals and eleven closing
 * later this quarter. Sam's team's Zorg Industries deal was due Oct 20, last quarter.
 */
class DealsHomeSectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private DealsHomeSection home;

    @BeforeEach
    void startWithTheDemoOrg() {
        new DataImport(stores).importDemo(clock);
        home = new DealsHomeSection(stores.deals(), stores.reviews());
    }

    private List<Block> homeOf(String personId) {
        Org org = stores.org().load().orElseThrow();
        return home.render(new Speaker(org.person(personId).orElseThrow(), org, TODAY));
    }

    private static String text(List<Block> blocks) {
        return new PlainTextRenderer().render(new Message(blocks));
    }

    private static <T extends Block> List<T> only(Class<T> kind, List<Block> blocks) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aDirectorSeesEveryTeamUnderTheirManagerWithTheOwnerOnEachLine() {
        List<Block> blocks = homeOf("dana");

        assertThat(blocks.get(0)).isEqualTo(new Block.Heading("Your teams' deals"));
        List<String> teams = only(Block.Text.class, blocks).stream().map(t -> text(List.of(t))).toList();
        assertThat(teams).hasSize(3);
        assertThat(teams.get(0)).startsWith("Mo Chen's team  ·  2 overdue  ·  11 closing in Q4 FY27\nOverdue\n"
                + "- Umbrella Health - Data Suite  ·  $310k  ·  Proof  ·  7 days overdue  ·  Ana Ruiz  ·  not reviewed\n"
                + "- Massive Dynamic - Data Suite  ·  $49k  ·  Negotiation  ·  4 days overdue  ·  Priya Nair  ·  not reviewed\n"
                + "Closing in Q4 FY27\n"
                + "- Hooli Cloud - Data Suite  ·  $670k  ·  Proof  ·  Dec 1 (8 days)  ·  Priya Nair  ·  not reviewed\n"
                + "- Rossum Automation - Expansion  ·  $330k  ·  Evaluation  ·  Jan 17, 2027 (55 days)  ·  Priya Nair  ·  not reviewed\n");
        assertThat(teams.get(0)).endsWith("and 6 more closing in Q4 FY27");
        assertThat(teams.get(1)).startsWith("Sam Kowalski's team").contains("Duff Beverages - Enterprise", "Jo Park");
        assertThat(teams.get(2)).startsWith("Lena Vogel's team").contains("Cyberdyne Systems - Premium Support", "Tariq Hassan");
    }

    @Test
    void aDealDueLastQuarterIsOverdueAndDealsOfLaterQuartersAreNotShown() {
        String sams = text(List.of(only(Block.Text.class, homeOf("dana")).get(1)));

        String overdue = sams.substring(sams.indexOf("Overdue"), sams.indexOf("Closing in Q4 FY27"));
        assertThat(overdue).contains("Zorg Industries - Platform  ·  $102k  ·  Negotiation  ·  34 days overdue  ·  Mia Thompson");
        assertThat(sams.substring(sams.indexOf("Closing in Q4 FY27"))).doesNotContain("Zorg Industries", "Oct 20");
        assertThat(text(homeOf("dana"))).doesNotContain("Contoso Retail - Platform"); // Mia's, closing Feb 8, Q1 FY28
    }

    @Test
    void eachTeamHasAPickListOfAllItsDealsShownOrFolded() {
        List<Block.Choice> picks = only(Block.Choice.class, homeOf("dana"));

        assertThat(picks).extracting(Block.Choice::placeholder).containsExactly(
                "Review a deal of Mo Chen's team", "Review a deal of Sam Kowalski's team", "Review a deal of Lena Vogel's team");
        assertThat(picks.get(0).options()).hasSize(13);
        assertThat(picks.get(0).options().get(0)).isEqualTo(new Block.Option("review D-1076", "Umbrella Health - Data Suite ($310k, Proof)"));
        assertThat(picks.get(0).options()).extracting(Block.Option::value).contains("review D-1002"); // the smallest, folded
        assertThat(picks).allSatisfy(pick -> assertThat(pick.actionId()).isEqualTo(dev.dealcoach.core.conversation.ActionIds.RUN));
    }

    @Test
    void aManagerSeesTheirOwnTeamWithItsVerdicts() {
        ChatScript chat = ChatScript.over(stores, Playbooks.bundled(), clock);
        chat.as("ria").says("review globex");
        WholeReviewScript.answerTheDevelopReview(chat);

        List<Block> blocks = homeOf("mo");

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new Block.Heading("Your team's deals"));
        assertThat(text(blocks)).contains("Your team  ·  2 overdue  ·  11 closing in Q4 FY27",
                "- Globex Freight - Platform  ·  $240k  ·  Negotiation  ·  Dec 12 (19 days)  ·  Ria Patel  ·  DEVELOP",
                "Review a deal of your team");
        assertThat(text(blocks)).doesNotContain("Sam Kowalski", "Duff Beverages");
    }

    @Test
    void aRepSeesTheirOwnDealsWithAReviewButtonEachAndNoOwnerNames() {
        List<Block> blocks = homeOf("ana");

        assertThat(only(Block.Heading.class, blocks)).extracting(Block.Heading::text)
                .containsExactly("Your overdue deals", "Your deals closing in Q4 FY27");
        String text = text(blocks);
        assertThat(text).contains("Umbrella Health - Data Suite  ·  $310,000  ·  Proof  ·  was due Nov 16 (7 days ago)\nNot reviewed yet.",
                "Los Pollos Supply - Analytics", "Pied Piper Media - Analytics", "[Review]");
        assertThat(text).doesNotContain("Ana Ruiz", "Hooli Cloud");
        assertThat(only(Block.Buttons.class, blocks)).extracting(b -> b.buttons().get(0).value())
                .containsExactly("review D-1076", "review D-1034", "review D-1049", "review D-1070", "review D-1058");
    }

    @Test
    void aRepsLongListIsFoldedToTheBiggestDeals() {
        for (int i = 1; i <= 8; i++) {
            stores.deals().save(new Deal("D-20" + i, "Extra " + i, "Extra", "ria", Money.of(i + "0000", "USD"), Stage.PROOF,
                    ForecastCategory.PIPELINE, TODAY.plusDays(i), "", null, TODAY.minusMonths(2)));
        }

        List<Block> blocks = homeOf("ria");

        assertThat(only(Block.Buttons.class, blocks)).extracting(b -> b.buttons().get(0).value())
                .containsExactly("review D-1028", "review D-1063", "review D-208", "review D-207", "review D-1002");
        assertThat(text(blocks)).contains("And 6 more, smaller: type `review` in a message to me to pick any of them.");
    }

    @Test
    void aDirectorOfManyTeamsGetsAPageThatStaysShort() {
        List<Person> people = new ArrayList<>(List.of(person("vp", Role.DIRECTOR, null)));
        List<Deal> deals = new ArrayList<>();
        for (int m = 1; m <= 30; m++) {
            people.add(person("m" + m, Role.MANAGER, "vp"));
            for (int r = 1; r <= 4; r++) {
                String rep = "m" + m + "r" + r;
                people.add(person(rep, Role.REP, "m" + m));
                for (int d = 0; d < 6; d++) {
                    deals.add(new Deal(rep + "-" + d, "A deal with a long name that goes on and on ".repeat(4) + d, "Account", rep,
                            Money.of("1000" + d, "USD"), Stage.PROOF, ForecastCategory.PIPELINE, TODAY.plusDays(d - 2), "", null,
                            TODAY.minusMonths(3)));
                }
            }
        }
        stores.org().save(Org.of(new FiscalCalendar(2), Currency.getInstance("USD"), people));
        stores.deals().replaceAll(deals);

        List<Block> blocks = homeOf("vp");

        assertThat(only(Block.Text.class, blocks)).hasSize(DealsHomeSection.MAX_TEAMS);
        assertThat(blocks).hasSize(1 + 2 * DealsHomeSection.MAX_TEAMS + 1);
        assertThat(blocks.get(blocks.size() - 1)).isEqualTo(
                new Block.Note("And 10 more teams: type `review` in a message to me to pick any of their deals."));
        assertThat(only(Block.Text.class, blocks)).allSatisfy(team -> assertThat(team.markup().length()).isLessThan(3_000));
    }

    private static Person person(String id, Role role, String manager) {
        return new Person(id, id.toUpperCase(), id + "@example.com", role, manager, ZoneId.of("UTC"), Money.of("1", "USD"), null, null);
    }
}
