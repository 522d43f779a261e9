package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableBlockTest {

    private static final List<Block.Column> TWO_COLUMNS = List.of(new Block.Column("Manager", false), new Block.Column("Commit", true));

    @Test
    void aTableNeedsAColumn() {
        assertThatThrownBy(() -> new Block.Table("", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a table needs at least one column");
    }

    @Test
    void everyRowMustBeAsWideAsTheHeader() {
        List<Block.Row> rows = List.of(Block.Row.of(Block.Cell.of("Mo"), Block.Cell.of("$1M")), Block.Row.of(Block.Cell.of("Sam")));

        assertThatThrownBy(() -> new Block.Table("", TWO_COLUMNS, rows))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 2 has 1 cells for 2 columns");
    }

    @Test
    void keepsItsOwnCopyOfColumnsRowsAndCells() {
        List<Block.Cell> cells = new ArrayList<>(List.of(Block.Cell.of("Mo"), Block.Cell.of("$1M")));
        Block.Row row = new Block.Row(cells, false);
        List<Block.Row> rows = new ArrayList<>(List.of(row));
        Block.Table table = new Block.Table("", TWO_COLUMNS, rows);

        cells.clear();
        rows.clear();

        assertThat(table.rows()).containsExactly(Block.Row.of(Block.Cell.of("Mo"), Block.Cell.of("$1M")));
    }
}
