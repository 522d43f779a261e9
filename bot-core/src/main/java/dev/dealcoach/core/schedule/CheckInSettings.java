package dev.dealcoach.core.schedule;

import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.risk.RiskStore;
import java.time.Clock;
import java.util.List;

/** People in control of their check-ins: {@code away}, {@code back}, {@code snooze}; and a manager's {@code stats}. */
public final class CheckInSettings implements Feature {

    private final PreferenceStore preferences;
    private final ForecastStore forecasts;
    private final ActivityStore activity;
    private final RiskStore risk;
    private final Clock clock;

    public CheckInSettings(PreferenceStore preferences, ForecastStore forecasts, ActivityStore activity, RiskStore risk, Clock clock) {
        this.risk = risk;
        this.preferences = preferences;
        this.activity = activity;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new AwayCommand(preferences, forecasts), new BackCommand(preferences, forecasts), new SnoozeCommand(preferences, clock),
                new StatsCommand(activity, forecasts, preferences, risk, clock));
    }
}
