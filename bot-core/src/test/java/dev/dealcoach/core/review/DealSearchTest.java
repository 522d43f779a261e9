package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealSearchTest {

    private static final Deal GLOBEX_PLATFORM = deal("D-101", "Globex Freight - Platform", "Globex", LocalDate.of(2026, 12, 20));
    private static final Deal GLOBEX_RENEWAL = deal("D-102", "Globex Renewal", "Globex", LocalDate.of(2026, 12, 5));
    private static final Deal ACME = deal("D-103", "Acme Expansion", "Acme Corp", LocalDate.of(2027, 1, 15));
    private static final Deal UMBRELLA = deal("D-104", "Umbrella Security Suite", "Umbrella Corp", LocalDate.of(2026, 12, 31));
    private static final Deal INITECH = deal("D-105", "Initech Payroll", "Initech", LocalDate.of(2027, 2, 1));

    private static final List<Deal> DEALS = List.of(GLOBEX_PLATFORM, GLOBEX_RENEWAL, ACME, UMBRELLA, INITECH);

    private static Deal deal(String id, String name, String account, LocalDate closeDate) {
        return new Deal(id, name, account, "ria", Money.of("1000", "USD"), Stage.PROOF, ForecastCategory.PIPELINE,
                closeDate, "", null, LocalDate.of(2026, 6, 1));
    }

    private static List<Deal> find(String query) {
        return DealSearch.find(query, DEALS);
    }

    @Test
    void findsADealByItsIdIgnoringCase() {
        assertThat(find("D-103")).containsExactly(ACME);
        assertThat(find("  d-103 ")).containsExactly(ACME);
    }

    @Test
    void anExactIdBeatsANameMatch() {
        Deal namedLikeAnId = deal("D-900", "D 103 migration", "Hooli", LocalDate.of(2026, 12, 1));

        assertThat(DealSearch.find("d-103", List.of(namedLikeAnId, ACME))).containsExactly(ACME);
    }

    @Test
    void findsADealByTheNumberOfItsIdAlone() {
        assertThat(find("103")).containsExactly(ACME);
        assertThat(find("d103")).containsExactly(ACME);
        assertThat(find("#104")).containsExactly(UMBRELLA);
        assertThat(find("10")).isEmpty();
    }

    @Test
    void ignoresWordsAroundTheName() {
        assertThat(find("acme please")).containsExactly(ACME);
        assertThat(find("my initech deal, thanks")).containsExactly(INITECH);
        assertThat(find("the umbrela one")).containsExactly(UMBRELLA);
        assertThat(find("D-103 please")).containsExactly(ACME);
    }

    @Test
    void aNameThatHasAFillerWordInItStillMatchesBestAsTyped() {
        Deal security = deal("D-501", "Security for Umbrella", "Umbrella Corp", LocalDate.of(2027, 3, 1));
        Deal umbrella = deal("D-502", "Umbrella Security Suite", "Umbrella Corp", LocalDate.of(2026, 12, 1));

        assertThat(DealSearch.find("security for umbrella", List.of(umbrella, security))).containsExactly(security);
    }

    @Test
    void findsADealByPartOfItsName() {
        assertThat(find("freight")).containsExactly(GLOBEX_PLATFORM);
        assertThat(find("Payroll")).containsExactly(INITECH);
    }

    @Test
    void findsTheDealsOfAnAccountSortedByCloseDate() {
        assertThat(find("globex")).containsExactly(GLOBEX_RENEWAL, GLOBEX_PLATFORM);
        assertThat(find("GLOBEX")).containsExactly(GLOBEX_RENEWAL, GLOBEX_PLATFORM);
    }

    @Test
    void findsTheOnlyDealOfAnAccountByTheAccountName() {
        List<Deal> deals = List.of(GLOBEX_PLATFORM, ACME, UMBRELLA);

        assertThat(DealSearch.find("globex", deals)).containsExactly(GLOBEX_PLATFORM);
    }

    @Test
    void sortsDealsClosingTheSameDayById() {
        Deal later = deal("D-2", "Hooli Search", "Hooli", LocalDate.of(2026, 12, 1));
        Deal earlier = deal("D-1", "Hooli Mail", "Hooli", LocalDate.of(2026, 12, 1));

        assertThat(DealSearch.find("hooli", List.of(later, earlier))).containsExactly(earlier, later);
    }

    @Test
    void ignoresPunctuationInTheNameAndQuery() {
        assertThat(find("globex freight platform")).containsExactly(GLOBEX_PLATFORM);
        assertThat(find("Globex Freight - Platform")).containsExactly(GLOBEX_PLATFORM);
    }

    @Test
    void matchesTheStartsOfWords() {
        assertThat(find("glob frei")).containsExactly(GLOBEX_PLATFORM);
        assertThat(find("frei plat")).containsExactly(GLOBEX_PLATFORM);
        assertThat(find("sec umb")).containsExactly(UMBRELLA);
    }

    @Test
    void forgivesATypo() {
        assertThat(find("globx")).containsExactly(GLOBEX_RENEWAL, GLOBEX_PLATFORM);
        assertThat(find("umbrela")).containsExactly(UMBRELLA);
        assertThat(find("Inittech")).containsExactly(INITECH);
    }

    @Test
    void forgivesTwoTyposInAWordOfEightLettersOrMore() {
        assertThat(find("securtiy")).containsExactly(UMBRELLA);
        assertThat(find("secruity")).containsExactly(UMBRELLA);
    }

    @Test
    void forgivesOnlyOneTypoInAWordOfFourToSevenLetters() {
        assertThat(find("suiet")).isEmpty();
        assertThat(find("suitr")).containsExactly(UMBRELLA);
    }

    @Test
    void forgivesATypoInOneOfSeveralWords() {
        assertThat(find("globx freight")).containsExactly(GLOBEX_PLATFORM);
    }

    @Test
    void doesNotForgiveTyposInShortWords() {
        assertThat(find("acm")).containsExactly(ACME);
        assertThat(find("acx")).isEmpty();
        assertThat(find("amc")).isEmpty();
    }

    @Test
    void findsNothingForAnEmptyOrBlankQuery() {
        assertThat(find("")).isEmpty();
        assertThat(find("   ")).isEmpty();
        assertThat(find(" - ")).isEmpty();
    }

    @Test
    void findsNothingWhenNothingMatches() {
        assertThat(find("hooli")).isEmpty();
        assertThat(find("globex hooli")).isEmpty();
        assertThat(DealSearch.find("globex", List.of())).isEmpty();
    }

    @Test
    void aBetterMatchHidesWorseOnes() {
        Deal typoAccount = deal("D-201", "Globx Labs Pilot", "Globx Labs", LocalDate.of(2026, 11, 30));
        Deal containsIt = deal("D-202", "Megaglobex Rollout", "Megacorp", LocalDate.of(2026, 11, 29));
        List<Deal> deals = List.of(typoAccount, containsIt, GLOBEX_PLATFORM);

        assertThat(DealSearch.find("globex", deals)).containsExactly(GLOBEX_PLATFORM);
        assertThat(DealSearch.find("globx", deals)).containsExactly(typoAccount);
    }

    @Test
    void aNameStartingWithTheQueryBeatsANameContainingIt() {
        Deal startsWith = deal("D-301", "Initech Payroll Phase 2", "Initech Europe", LocalDate.of(2027, 3, 1));
        Deal contains = deal("D-302", "Hooli Initech Payroll Bridge", "Hooli", LocalDate.of(2026, 12, 1));

        assertThat(DealSearch.find("initech payroll", List.of(contains, startsWith))).containsExactly(startsWith);
    }

    @Test
    void aContainedPhraseBeatsWordStarts() {
        Deal phrase = deal("D-401", "Umbrella Security", "Umbrella", LocalDate.of(2027, 3, 1));
        Deal words = deal("D-402", "Security for Umbrella", "Umbrella Corp", LocalDate.of(2026, 12, 1));

        assertThat(DealSearch.find("rella secu", List.of(words, phrase))).containsExactly(phrase);
        assertThat(DealSearch.find("umb sec", List.of(words, phrase))).containsExactly(words, phrase);
    }
}
