package dev.dealcoach.core.privacy;

import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.pipeline.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long DealCoach keeps what it keeps.
 *
 * @param conversations   a conversation no one answered for this long is gone (its state's time-to-live)
 * @param deliveries      delivery records: what was sent to whom, when, with what outcome
 * @param history         activity logs, deal changes, reviews, forecast weeks and per-quarter records
 */
public record Retention(Duration conversations, Duration deliveries, Duration history) {

    /** Retried deliveries are recognised by their records: kept less than a day, a retry could be answered twice. */
    static final Duration SHORTEST_DELIVERIES = Duration.ofDays(1);
    /**
     * The forecast compares the last two closed quarters: history must reach back over them and the
     * current one, 3 x 14 weeks at most (a 4-4-5 calendar's long quarter is 14 weeks in a 53-week year).
     */
    static final Duration SHORTEST_HISTORY = Duration.ofDays(300);

    /** After the limits above: a static field is set in the order written. */
    public static final Retention DEFAULTS = new Retention(Duration.ofDays(7), Outbox.KEY_MEMORY, Duration.ofDays(730));

    public Retention {
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(history, "history");
        if (conversations.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("conversations must be kept at least 1h, so that a review can be answered; got " + conversations);
        }
        if (deliveries.compareTo(SHORTEST_DELIVERIES) < 0 || deliveries.compareTo(Outbox.KEY_MEMORY) > 0) {
            throw new IllegalArgumentException("delivery records are kept between 1d and " + Outbox.KEY_MEMORY.toDays()
                    + "d (they also stop retried deliveries being answered twice); got " + deliveries);
        }
        if (history.compareTo(SHORTEST_HISTORY) < 0) {
            throw new IllegalArgumentException("history must be kept at least " + SHORTEST_HISTORY.toDays()
                    + "d, over the two closed quarters the forecast compares; got " + history);
        }
    }

    /** What is older than this retention at {@code now}, in the org's fiscal calendar. */
    public Cutoffs cutoffs(Instant now, Org org) {
        LocalDate history = LocalDate.ofInstant(now.minus(this.history), ZoneOffset.UTC);
        return new Cutoffs(now.minus(deliveries), history, ForecastWeek.of(org.calendar(), history).key(),
                org.calendar().quarterOf(history).key());
    }
}
