package dev.dealcoach.core.schedule;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.forecast.ForecastStore;
import java.util.List;

/** {@code back}: away ends today. */
final class BackCommand implements CommandHandler {

    private final PreferenceStore preferences;
    private final ForecastStore forecasts;

    BackCommand(PreferenceStore preferences, ForecastStore forecasts) {
        this.preferences = preferences;
        this.forecasts = forecasts;
    }

    @Override
    public List<String> names() {
        return List.of("back");
    }

    @Override
    public String help() {
        return "`back`: end being away";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return arguments.isBlank();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        Preferences now = preferences.of(speaker.id());
        if (!now.awayOn(speaker.today())) {
            return new Reply(Message.text("You weren't away: check-ins go on as usual."));
        }
        preferences.save(speaker.id(), now.back());
        AwayCommand.weeks(speaker, speaker.today(), now.awayUntil()).forEach(week -> forecasts.unmarkAway(speaker.id(), week));
        return new Reply(Message.text("Welcome back: check-ins start again from your next one."));
    }
}
