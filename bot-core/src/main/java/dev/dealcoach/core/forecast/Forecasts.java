package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.store.DealStore;
import java.time.Clock;
import java.util.List;

/** The weekly forecast: {@code forecast} (the rollup, a call, away) and the call flow. */
public final class Forecasts implements Feature {

    private final DealStore deals;
    private final DealTotals totals;
    private final ForecastStore forecasts;
    private final Clock clock;

    public Forecasts(DealStore deals, DealTotals totals, ForecastStore forecasts, Clock clock) {
        this.deals = deals;
        this.totals = totals;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new ForecastCommand(deals, totals, forecasts));
    }

    @Override
    public List<Flow> flows() {
        return List.of(new ForecastFlow(forecasts, clock));
    }
}
