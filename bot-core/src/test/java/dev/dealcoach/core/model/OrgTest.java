package dev.dealcoach.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrgTest {

    private static final Currency USD = Currency.getInstance("USD");

    static Person person(String id, Role role, String manager) {
        return new Person(id, id.toUpperCase(), id + "@example.com", role, manager,
                ZoneId.of("Europe/London"), Money.of("500000", "USD"), null, null);
    }

    private static List<Org.Entry> entries(Person... people) {
        return Stream.of(people).map(Org.Entry::of).toList();
    }

    private static Org org(Person... people) {
        return Org.of(new FiscalCalendar(2), USD, List.of(people));
    }

    @Test
    void findsPeopleAndWalksTheTreeAtAnyDepth() {
        Org org = org(
                person("dana", Role.DIRECTOR, null),
                person("vp", Role.DIRECTOR, "dana"),
                person("mo", Role.MANAGER, "vp"),
                person("ria", Role.REP, "mo"),
                person("sam", Role.MANAGER, "dana"),
                person("lee", Role.REP, "sam"));

        assertThat(org.directReports("dana")).extracting(Person::id).containsExactly("vp", "sam");
        assertThat(org.below("dana")).extracting(Person::id).containsExactlyInAnyOrder("vp", "mo", "ria", "sam", "lee");
        assertThat(org.below("ria")).isEmpty();
        assertThat(org.isWithin("ria", "vp")).isTrue();
        assertThat(org.isWithin("lee", "vp")).isFalse();
        assertThat(org.byEmail("RIA@Example.com")).map(Person::id).contains("ria");
    }

    @Test
    void findsPeopleByTheirChatIdentities() {
        Person mo = new Person("mo", "Mo", "mo@example.com", Role.MANAGER, null, ZoneId.of("UTC"),
                Money.of("1", "USD"), "U024MO", "9F1C-AAD");
        Org org = org(mo);

        assertThat(org.bySlackUser("U024MO")).contains(mo);
        assertThat(org.byTeamsObject("9f1c-aad")).contains(mo);
        assertThat(org.bySlackUser("U999")).isEmpty();
    }

    @Test
    void rejectsAManagementLoopNamingEveryoneInIt() {
        assertThatThrownBy(() -> org(
                person("dana", Role.DIRECTOR, null),
                person("mo", Role.MANAGER, "sam"),
                person("sam", Role.MANAGER, "mo")))
                .isInstanceOf(InvalidOrgException.class)
                .hasMessage("person 'mo': management chain loops: mo -> sam -> mo");
    }

    @Test
    void rejectsUnknownManagersSelfManagementAndRepsAsManagers() {
        List<OrgProblem> problems = Org.problems(entries(
                person("dana", Role.DIRECTOR, null),
                person("ria", Role.REP, "dana"),
                person("lee", Role.REP, "ria"),
                person("jo", Role.REP, "nobody"),
                person("ana", Role.REP, "ana")));

        assertThat(problems).extracting(OrgProblem::index, OrgProblem::reason).containsExactly(
                tuple(2, "person 'lee': manager 'ria' is a rep, and reps manage no one"),
                tuple(3, "person 'jo': manager 'nobody' is not in the org"),
                tuple(4, "person 'ana': cannot be their own manager"));
    }

    @Test
    void rejectsDuplicateIdsAndEmailsAtTheLaterEntry() {
        Person first = person("ria", Role.REP, null);
        Person sameEmail = new Person("ria2", "Ria Two", "RIA@example.com", Role.REP, null,
                ZoneId.of("UTC"), Money.of("1", "USD"), null, null);

        List<OrgProblem> problems = Org.problems(entries(first, person("ria", Role.REP, null), sameEmail));

        assertThat(problems).extracting(OrgProblem::index).containsExactly(1, 1, 2);
        assertThat(problems).extracting(OrgProblem::reason).containsExactly(
                "person 'ria': id is already used by an earlier entry",
                "person 'ria': email ria@example.com is already used by an earlier entry",
                "person 'ria2': email RIA@example.com is already used by an earlier entry");
    }

    @Test
    void entriesWithUnreadableFieldsAreCheckedWithWhatIsReadable() {
        List<OrgProblem> problems = Org.problems(List.of(
                new Org.Entry("dana", "dana@example.com", Role.DIRECTOR, null, null, null),
                new Org.Entry(null, "dana@example.com", null, "dana", null, null),
                new Org.Entry("ria", null, null, "nobody", null, null),
                new Org.Entry("lee", null, Role.REP, "ria", null, null)));

        assertThat(problems).extracting(OrgProblem::index, OrgProblem::reason).containsExactly(
                tuple(1, "person #2: email dana@example.com is already used by an earlier entry"),
                tuple(2, "person 'ria': manager 'nobody' is not in the org"));
    }

    @Test
    void anEmptyOrgIsNoOrg() {
        assertThatThrownBy(() -> org()).hasMessage("the org has no people");
    }
}
