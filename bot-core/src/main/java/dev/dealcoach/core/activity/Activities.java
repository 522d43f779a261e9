package dev.dealcoach.core.activity;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.forecast.DealTotals;
import java.util.List;

/** Daily activity: {@code log ...} any time, and the end-of-day nudge's flow. */
public final class Activities implements Feature {

    private final ActivityStore activity;
    private final DealTotals totals;

    public Activities(ActivityStore activity, DealTotals totals) {
        this.activity = activity;
        this.totals = totals;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new LogCommand(activity, totals));
    }

    @Override
    public List<Flow> flows() {
        return List.of(new DailyActivityFlow(activity, totals));
    }
}
