package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.DealTrack;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What a deal's changes say: how often and how far its close date was pushed in a quarter, since
 * when it has been in its stage, whether its stage went back, how far its amount fell from its high,
 * and whether it was downgraded from Commit.
 */
public record DealHistory(Deal deal, List<DealChange> changes) {

    public DealHistory {
        changes = List.copyOf(changes);
    }

    /** What the history says in {@code quarter}, as of {@code today}. */
    public DealTrack track(FiscalQuarter quarter, LocalDate today) {
        BigDecimal drop = amountDrop(quarter).map(share -> share.movePointRight(2)).orElse(BigDecimal.ZERO);
        return new DealTrack(pushes(quarter), daysPushed(quarter), downgradedFromCommit(quarter), drop,
                inStageSince().map(day -> ChronoUnit.DAYS.between(day, today)));
    }

    /** Close-date changes to a later date made within {@code quarter}. */
    public int pushes(FiscalQuarter quarter) {
        return (int) closeMoves(quarter).filter(days -> days > 0).count();
    }

    /** Days the close date moved later in {@code quarter}, all pushes added. */
    public long daysPushed(FiscalQuarter quarter) {
        return closeMoves(quarter).filter(days -> days > 0).mapToLong(Long::longValue).sum();
    }

    private java.util.stream.Stream<Long> closeMoves(FiscalQuarter quarter) {
        return changes.stream().filter(c -> c.field().equals(DealChange.CLOSE_DATE) && quarter.contains(c.on()))
                .map(c -> ChronoUnit.DAYS.between(LocalDate.parse(c.from()), LocalDate.parse(c.to())));
    }

    /** The day the deal entered its current stage, as its last recorded stage change says; empty before one is recorded. */
    public Optional<LocalDate> inStageSince() {
        return changes.stream().filter(c -> c.field().equals(DealChange.STAGE)).map(DealChange::on).reduce((a, b) -> b);
    }

    /** True when a stage change went back to an earlier stage in {@code quarter}. */
    public boolean regressed(FiscalQuarter quarter) {
        return changes.stream().filter(c -> c.field().equals(DealChange.STAGE) && quarter.contains(c.on()))
                .anyMatch(c -> Stage.valueOf(c.to()).compareTo(Stage.valueOf(c.from())) < 0);
    }

    /** How far the amount is below the highest it had in {@code quarter}, as a share; empty when it is not. */
    public Optional<BigDecimal> amountDrop(FiscalQuarter quarter) {
        BigDecimal highest = deal.amount().amount();
        for (DealChange change : changes) {
            if (change.field().equals(DealChange.AMOUNT) && quarter.contains(change.on())) {
                Money from = Money.parse(change.from());
                if (from.currency().equals(deal.amount().currency()) && from.amount().compareTo(highest) > 0) {
                    highest = from.amount();
                }
            }
        }
        if (highest.signum() <= 0 || highest.compareTo(deal.amount().amount()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(highest.subtract(deal.amount().amount()).divide(highest, 4, RoundingMode.HALF_UP));
    }

    /** True when the deal was called Commit in {@code quarter} and is not now (and not closed). */
    public boolean downgradedFromCommit(FiscalQuarter quarter) {
        return deal.forecastCategory() != ForecastCategory.COMMIT && deal.forecastCategory() != ForecastCategory.CLOSED
                && changes.stream().anyMatch(c -> c.field().equals(DealChange.CATEGORY) && quarter.contains(c.on())
                && c.from().equals(ForecastCategory.COMMIT.name()));
    }
}
