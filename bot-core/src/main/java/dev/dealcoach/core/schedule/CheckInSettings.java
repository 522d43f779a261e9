package dev.dealcoach.core.schedule;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.forecast.ForecastStore;
import java.time.Clock;
import java.util.List;

/** People in control of their check-ins: {@code away}, {@code back}, {@code snooze}. */
public final class CheckInSettings implements Feature {

    private final PreferenceStore preferences;
    private final ForecastStore forecasts;
    private final Clock clock;

    public CheckInSettings(PreferenceStore preferences, ForecastStore forecasts, Clock clock) {
        this.preferences = preferences;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new AwayCommand(preferences, forecasts), new BackCommand(preferences, forecasts), new SnoozeCommand(preferences, clock));
    }
}
