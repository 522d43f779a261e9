package dev.dealcoach.core.activity;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.Flow;
import java.util.List;

/** Daily activity: {@code log ...} any time, and the end-of-day nudge's flow. */
public final class Activities implements Feature {

    private final ActivityStore activity;

    public Activities(ActivityStore activity) {
        this.activity = activity;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new LogCommand(activity));
    }

    @Override
    public List<Flow> flows() {
        return List.of(new DailyActivityFlow(activity));
    }
}
