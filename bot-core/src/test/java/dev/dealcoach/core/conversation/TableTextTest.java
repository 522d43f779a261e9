package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTextTest {

    private static Block.Table table(List<Block.Column> columns, Block.Row... rows) {
        return new Block.Table("", columns, List.of(rows));
    }

    @Test
    void padsColumnsRightAlignsNumbersAndSetsOffTheTotalRow() {
        assertThat(TableText.of(SampleMessages.forecast()).text()).isEqualTo("""
                Manager  Commit  Best case  Pipeline  Closed   Quota  Attain  Coverage     WoW
                -------  ------  ---------  --------  ------  ------  ------  --------  --------
                Mo C.    $1.31M     $1.88M    $3.40M  $0.56M  $2.00M     28%      2.4x  +$120k
                Sam K.   $0.95M     $1.42M    $2.75M  $0.31M  $2.00M     16%      1.6x   -$80k !
                -------  ------  ---------  --------  ------  ------  ------  --------  --------
                Total    $2.26M     $3.30M    $6.15M  $0.87M  $4.00M     22%      2.0x   +$40k""");
    }

    @Test
    void givesTheColumnWidthsAndEachTableRowItsOwnEntryWithTheRuleBeforeATotal() {
        TableText text = TableText.of(SampleMessages.forecast());

        assertThat(text.widths()).containsExactly(7, 6, 9, 8, 6, 6, 6, 8, 8);
        assertThat(text.head()).hasSize(2);
        assertThat(text.rows()).hasSize(3);
        assertThat(text.rows().get(2)).startsWith("-------  ------").contains("\nTotal ");
    }

    @Test
    void showsCellsAsPlainTextOnOneLineAndCutsLongOnesWithAnEllipsis() {
        Block.Table table = table(List.of(new Block.Column("Deal", false), new Block.Column("Amount", true)),
                Block.Row.of(Block.Cell.of("*Acme*\n" + Markup.literal("<b>_x_</b>\tco")), Block.Cell.of("$1")),
                Block.Row.of(Block.Cell.of(Markup.literal("y".repeat(60))), Block.Cell.of("$240,000")));

        List<String> rows = TableText.of(table).rows();

        assertThat(rows.get(0)).isEqualTo("Acme <b>_x_</b> co" + " ".repeat(22) + "        $1");
        assertThat(rows.get(1)).isEqualTo("y".repeat(39) + "…  $240,000");
    }

    @Test
    void aTotalFirstRowGetsNoSecondRuleAndConsecutiveTotalsShareOne() {
        List<Block.Column> columns = List.of(new Block.Column("Team", false), new Block.Column("Commit", true));
        Block.Table table = table(columns,
                Block.Row.totalOf(Block.Cell.of("All"), Block.Cell.of("$9M")),
                Block.Row.of(Block.Cell.of("East"), Block.Cell.of("$4M")),
                Block.Row.totalOf(Block.Cell.of("Total"), Block.Cell.of("$4M")),
                Block.Row.totalOf(Block.Cell.of("Plan"), Block.Cell.of("$5M")));

        assertThat(TableText.of(table).text()).isEqualTo("""
                Team   Commit
                -----  ------
                All       $9M
                East      $4M
                -----  ------
                Total     $4M
                Plan      $5M""");
    }

    @Test
    void aTableWithoutRowsIsItsHeadersAndRule() {
        Block.Table table = table(List.of(new Block.Column("", false), new Block.Column("Commit", true)));

        assertThat(TableText.of(table).text()).isEqualTo("   Commit\n-  ------");
    }
}
