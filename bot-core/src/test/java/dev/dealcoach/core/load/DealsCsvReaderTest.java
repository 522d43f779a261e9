package dev.dealcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Stage;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealsCsvReaderTest {

    private static final String HEADER =
            "id,name,account,owner_email,amount,currency,stage,forecast_category,close_date,next_step,last_activity_date,created_date\n";

    private final Org org = new OrgYamlReader().read("org.yml", new StringReader("""
            people:
              - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1}
              - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: UTC, quota: 1}
            """));

    private DealsCsvReader.Result read(String csv) {
        return new DealsCsvReader().read("deals.csv", new StringReader(csv), org);
    }

    @Test
    void readsARowWithQuotedCommasAndEveryField() {
        DealsCsvReader.Result result = read(HEADER
                + "D-1,Globex Freight - Platform,Globex Freight,Ria@Example.com,240000,USD,Negotiation,Commit,2026-12-12,"
                + "\"Send MSA, then \"\"go live\"\" plan\",2026-11-17,2026-07-01\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.deals()).containsExactly(new Deal("D-1", "Globex Freight - Platform", "Globex Freight", "ria",
                Money.of("240000", "USD"), Stage.NEGOTIATION, ForecastCategory.COMMIT, LocalDate.of(2026, 12, 12),
                "Send MSA, then \"go live\" plan", LocalDate.of(2026, 11, 17), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void keepsGoodRowsAndReportsBadOnesWithLineAndEveryReason() {
        DealsCsvReader.Result result = read(HEADER
                + "D-1,Good,Acme,ria@example.com,1000,USD,closed_won,CLOSED,2026-11-02,,,2026-10-01\n"
                + "D-2,Bad,Acme,nobody@example.com,$1k,USD,Won,Maybe,12/15/2026,,2026-13-01,2026-10-01\n"
                + "D-3,Also good,Initech,mo@example.com,99.5,EUR,proof,best case,2027-01-15,Call,2026-11-20,2026-10-01\n"
                + "D-1,Duplicate,Acme,ria@example.com,1,USD,Proof,Pipeline,2026-12-01,,,2026-10-01\n"
                + "D-5,Short row,Acme\n"
                + "D-6,,Acme,ria@example.com,10.001,XYZ,Proof,Pipeline,2026-12-01,,,\n");

        assertThat(result.deals()).extracting(Deal::id).containsExactly("D-1", "D-3");
        assertThat(result.deals().get(0).lastActivity()).isEmpty();
        assertThat(result.deals().get(0).stage()).isEqualTo(Stage.CLOSED_WON);
        assertThat(result.deals().get(1).stage()).isEqualTo(Stage.PROOF);
        assertThat(result.deals().get(1).forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(result.deals().get(1).amount()).isEqualTo(Money.of("99.50", "EUR"));
        assertThat(result.problems()).extracting(LoadProblem::toString).containsExactly(
                "deals.csv:3: owner_email nobody@example.com is not a person in the org file; "
                        + "amount '$1k' is not a plain number like 240000.00; "
                        + "stage 'Won' must be one of Discovery, Evaluation, Proof, Negotiation, Close, Closed Won or Closed Lost; "
                        + "forecast_category 'Maybe' must be one of Pipeline, Best Case, Commit, Closed or Omitted; "
                        + "close_date '12/15/2026' is not a date like 2026-12-15; "
                        + "last_activity_date '2026-13-01' is not a date like 2026-12-15",
                "deals.csv:5: deal id D-1 appears on an earlier line",
                "deals.csv:6: expected 12 fields, found 3",
                "deals.csv:7: name is empty; currency 'XYZ' is not an ISO 4217 code like USD; created_date is empty");
    }

    @Test
    void currencyStageAndCategoryMatchInAnyCase() {
        DealsCsvReader.Result result = read(HEADER
                + "D-1,Lower,Acme,ria@example.com,1000,usd,negotiation,commit,2026-12-01,,,2026-10-01\n"
                + "D-2,Mixed,Acme,ria@example.com,2000, Gbp ,Closed Won,CLOSED,2026-11-02,,,2026-10-01\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.deals()).extracting(Deal::amount, Deal::stage, Deal::forecastCategory).containsExactly(
                tuple(Money.of("1000", "USD"), Stage.NEGOTIATION, ForecastCategory.COMMIT),
                tuple(Money.of("2000", "GBP"), Stage.CLOSED_WON, ForecastCategory.CLOSED));
    }

    @Test
    void countsLinesInsideQuotedFieldsSoReportsPointAtTheRightLine() {
        DealsCsvReader.Result result = read(HEADER
                + "D-1,Two lines,Acme,ria@example.com,1,USD,Proof,Pipeline,2026-12-01,\"first\nsecond\",,2026-10-01\n"
                + "D-2,Bad,Acme,ria@example.com,1,USD,Proof,Pipeline,soon,,,2026-10-01\n");

        assertThat(result.deals()).extracting(Deal::nextStep).containsExactly("first\nsecond");
        assertThat(result.problems()).extracting(LoadProblem::line).containsExactly(4);
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumnsWhole() {
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> read("id,name,owner,amount\nD-1,Acme,ria@example.com,1\n"));

        assertThat(e.problems()).singleElement().hasToString("deals.csv:1: missing column(s) account, owner_email, "
                + "currency, stage, forecast_category, close_date, next_step, last_activity_date, created_date; "
                + "the header must be " + String.join(",", DealsCsvReader.COLUMNS));
    }

    @Test
    void acceptsColumnsInAnyOrderAndIgnoresExtraOnes() {
        DealsCsvReader.Result result = read("crm_url,created_date,last_activity_date,next_step,close_date,forecast_category,"
                + "stage,currency,amount,owner_email,account,name,id\n"
                + "https://crm/x,2026-10-01,,,2026-12-01,Pipeline,Discovery,USD,5000,ria@example.com,Acme,Acme - Pilot,D-9\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.deals()).extracting(Deal::id, Deal::ownerId).containsExactly(
                tuple("D-9", "ria"));
    }
}
