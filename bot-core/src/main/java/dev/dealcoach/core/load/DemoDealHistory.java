package dev.dealcoach.core.load;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.risk.DealHistoryStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A history for three demo deals, so that a first run's slip-risk check shows the rules that read
 * history: Cyberdyne's close date pushed twice this quarter, Hooli downgraded from Commit with its
 * amount cut by a quarter, Gekko in Negotiation for 40 days. Dated within this quarter, up to
 * today; a deal that already has a history (a restart on Redis) is left alone.
 */
final class DemoDealHistory {

    private DemoDealHistory() {
    }

    static void seed(DealHistoryStore history, Org org, List<Deal> deals, LocalDate today) {
        Map<String, Deal> byId = deals.stream().collect(Collectors.toMap(Deal::id, Function.identity()));
        Map<String, List<DealChange>> existing = history.of(List.of("D-1018", "D-1074", "D-1013"));
        FiscalQuarter quarter = org.calendar().quarterOf(today);
        LocalDate early = max(quarter.start(), today.minusDays(40));
        List<DealChange> changes = new ArrayList<>();
        Deal cyberdyne = byId.get("D-1018");
        if (cyberdyne != null && !existing.containsKey("D-1018")) {
            LocalDate close = cyberdyne.closeDate();
            changes.add(new DealChange("D-1018", DealChange.CLOSE_DATE, close.minusDays(21).toString(), close.minusDays(10).toString(), early));
            changes.add(new DealChange("D-1018", DealChange.CLOSE_DATE, close.minusDays(10).toString(), close.toString(),
                    max(early, today.minusDays(12))));
        }
        Deal hooli = byId.get("D-1074");
        if (hooli != null && !existing.containsKey("D-1074")) {
            Money before = new Money(hooli.amount().amount().multiply(BigDecimal.valueOf(4)).divide(BigDecimal.valueOf(3), 0,
                    RoundingMode.HALF_UP), hooli.amount().currency());
            changes.add(new DealChange("D-1074", DealChange.AMOUNT, before.toString(), hooli.amount().toString(), early));
            changes.add(new DealChange("D-1074", DealChange.CATEGORY, ForecastCategory.COMMIT.name(), hooli.forecastCategory().name(),
                    max(early, today.minusDays(6))));
        }
        Deal gekko = byId.get("D-1013");
        if (gekko != null && !existing.containsKey("D-1013")) {
            changes.add(new DealChange("D-1013", DealChange.STAGE, Stage.PROOF.name(), gekko.stage().name(), today.minusDays(40)));
        }
        history.append(changes);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
