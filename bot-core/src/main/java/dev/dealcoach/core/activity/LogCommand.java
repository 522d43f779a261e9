package dev.dealcoach.core.activity;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.forecast.DealTotals;
import java.util.List;
import java.util.Optional;

/** {@code log 2 discovery 1 exec}: today's activity, any time, typed; answered with the week's progress. */
final class LogCommand implements CommandHandler {

    static final String EXAMPLE = "`log 2 discovery 1 exec`, `log 1 proposal $120k pipeline` or `log nothing`";

    private final ActivityStore activity;
    private final DealTotals totals;

    LogCommand(ActivityStore activity, DealTotals totals) {
        this.activity = activity;
        this.totals = totals;
    }

    @Override
    public List<String> names() {
        return List.of("log");
    }

    @Override
    public String help() {
        return "`log 2 discovery 1 exec`: log what you did today (exec meetings, discovery calls, proposals, new pipeline)";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        return ActivityText.read(arguments, speaker.org().currency()).isPresent();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        Optional<ActivityLog> logged = ActivityText.read(arguments, speaker.org().currency());
        if (logged.isEmpty()) {
            return new Reply(Message.text(arguments.isBlank() ? "What did you get done today? Like " + EXAMPLE + "."
                    : "I couldn't read that as a log (at most " + ActivityText.MOST + " of each a day). Try " + EXAMPLE + "."));
        }
        return new Reply(DailyActivityFlow.logged(activity, totals, speaker, speaker.today(), logged.get()));
    }
}
