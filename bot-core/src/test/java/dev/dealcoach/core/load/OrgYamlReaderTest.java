package dev.dealcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import java.io.StringReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrgYamlReaderTest {

    private final OrgYamlReader reader = new OrgYamlReader();

    private Org read(String yaml) {
        return reader.read("org.yml", new StringReader(yaml));
    }

    private DataFileException failure(String yaml) {
        return catchThrowableOfType(DataFileException.class, () -> read(yaml));
    }

    @Test
    void readsTheDocumentedShape() {
        Org org = read("""
                fiscal-year-start-month: 2
                currency: USD
                people:
                  - {id: dana, name: Dana Diaz, email: dana@example.com, role: director, time-zone: America/Chicago, quota: 6000000}
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, manager: dana, time-zone: America/New_York, quota: 2000000, slack: U024MO}
                  - id: ria
                    name: Ria Patel
                    email: ria@example.com
                    role: rep
                    manager: mo
                    time-zone: Europe/London
                    quota: 500000.50
                    teams: 9f1c0c3e-0000-4000-8000-000000000001
                """);

        assertThat(org.calendar().startMonth()).isEqualTo(2);
        assertThat(org.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(org.person("ria")).contains(new Person("ria", "Ria Patel", "ria@example.com", Role.REP, "mo",
                ZoneId.of("Europe/London"), Money.of("500000.50", "USD"), null, "9f1c0c3e-0000-4000-8000-000000000001"));
        assertThat(org.person("mo").flatMap(Person::slackUser)).contains("U024MO");
        assertThat(org.person("dana").flatMap(Person::manager)).isEmpty();
    }

    @Test
    void reportsEveryBadFieldWithItsLineAndTheEntryItBelongsTo() {
        DataFileException e = failure("""
                currency: USD
                people:
                  - {id: dana, name: Dana Diaz, email: dana@example.com, role: director, time-zone: America/Chicago, quota: 6000000}
                  - {id: ria, name: Ria Patel, email: ria-at-example, role: seller, manager: dana, time-zone: Europe/Londn, quota: lots}
                  - {name: No Id, email: noid@example.com, role: rep, manager: dana, time_zone: UTC, quota: 1}
                """);

        assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                "org.yml:4: person 'ria': email 'ria-at-example' is not an email address",
                "org.yml:4: person 'ria': role 'seller' must be rep, manager or director",
                "org.yml:4: person 'ria': time-zone 'Europe/Londn' is not an IANA zone like Europe/London",
                "org.yml:4: person 'ria': quota 'lots' must be an amount of zero or more, like 500000",
                "org.yml:5: person #3: unknown key 'time_zone' (expected one of alert-channel, email, id, manager, name, nudge-time, quota, role, slack, teams, time-zone, working-days)",
                "org.yml:5: person #3: id is missing",
                "org.yml:5: person #3: time-zone is missing");
    }

    @Test
    void reportsTreeProblemsAtTheLineOfTheOffendingEntry() {
        DataFileException e = failure("""
                people:
                  - {id: dana, name: Dana Diaz, email: dana@example.com, role: director, time-zone: UTC, quota: 1}
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, manager: sam, time-zone: UTC, quota: 1}
                  - {id: sam, name: Sam K, email: sam@example.com, role: manager, manager: mo, time-zone: UTC, quota: 1}
                  - {id: lee, name: Lee O, email: DANA@example.com, role: rep, manager: kim, time-zone: UTC, quota: 1}
                """);

        assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                "org.yml:3: person 'mo': management chain loops: mo -> sam -> mo",
                "org.yml:5: person 'lee': email DANA@example.com is already used by an earlier entry",
                "org.yml:5: person 'lee': manager 'kim' is not in the org");
    }

    @Test
    void listsBadFieldsAndTreeProblemsInOnePassInTheOrderOfTheFile() {
        DataFileException e = failure("""
                fiscal-year-start-month: 2
                currency: USD
                people:
                  - {id: dana, name: Dana Diaz, email: dana@example.com, role: director, time-zone: America/Chicago, quota: 6000000}
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, manager: dana, time-zone: America/New_Yrok, quota: 2000000}
                  - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: Europe/London, quota: lots}
                  - {id: ana, name: Ana Ruiz, email: RIA@example.com, role: rep, manager: mo, time-zone: America/New_York, quota: 500000}
                  - {id: ria, name: Ria Again, email: ria2@example.com, role: rep, manager: mo, time-zone: Europe/London, quota: 500000}
                  - {id: lee, name: Lee Okafor, email: lee@example.com, role: rep, manager: kim, time-zone: Mars/Base, quota: 500000}
                  - {id: jo, name: Jo Park, email: jo@example.com, role: rep, manager: jo, time-zone: America/Denver, quota: -5}
                """);

        // mo and ria have bad fields but are still there as managers and as the first ria: no "not in the org" for them
        assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                "org.yml:5: person 'mo': time-zone 'America/New_Yrok' is not an IANA zone like Europe/London",
                "org.yml:6: person 'ria': quota 'lots' must be an amount of zero or more, like 500000",
                "org.yml:7: person 'ana': email RIA@example.com is already used by an earlier entry",
                "org.yml:8: person 'ria': id is already used by an earlier entry",
                "org.yml:9: person 'lee': time-zone 'Mars/Base' is not an IANA zone like Europe/London",
                "org.yml:9: person 'lee': manager 'kim' is not in the org",
                "org.yml:10: person 'jo': quota '-5' must be an amount of zero or more, like 500000",
                "org.yml:10: person 'jo': cannot be their own manager");
    }

    @Test
    void anEntryWithoutAnIdIsNamedByItsPlaceInTreeProblemsToo() {
        DataFileException e = failure("""
                people:
                  - {id: dana, name: Dana Diaz, email: dana@example.com, role: director, time-zone: UTC, quota: 1}
                  - {name: No Id, email: dana@example.com, role: rep, manager: nobody, time-zone: UTC, quota: 1}
                """);

        assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                "org.yml:3: person #2: id is missing",
                "org.yml:3: person #2: email dana@example.com is already used by an earlier entry",
                "org.yml:3: person #2: manager 'nobody' is not in the org");
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        DataFileException e = failure("""
                currency: USD
                people:
                  - {id: dana, name: "Dana
                """);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("org.yml");
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
            assertThat(p.reason()).startsWith("not valid YAML");
        });
    }

    @Test
    void reportsWrongTopLevelSettings() {
        DataFileException e = failure("""
                fiscal-year-start-month: 14
                currency: Dollars
                persons: []
                """);

        assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                "org.yml:1: fiscal-year-start-month must be a month number from 1 to 12, was '14'",
                "org.yml:2: currency 'Dollars' is not an ISO 4217 code like USD",
                "org.yml:3: unknown key 'persons' (expected fiscal-year-start-month, currency, check-ins, people)");
    }

    @Test
    void anEmptyFileIsReportedNotCrashedOn() {
        assertThat(failure("").problems()).extracting(LoadProblem::reason)
                .containsExactly("expected a mapping with fiscal-year-start-month, currency and people");
        assertThat(failure("currency: USD\n").problems()).extracting(LoadProblem::reason)
                .containsExactly("no 'people' list");
    }
}
