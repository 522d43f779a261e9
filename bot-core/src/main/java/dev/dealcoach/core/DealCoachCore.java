package dev.dealcoach.core;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.ComingSoonCommand;
import dev.dealcoach.core.review.DealCommand;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewCommand;
import dev.dealcoach.core.review.ReviewFlow;
import dev.dealcoach.core.review.ReviewHomePage;
import dev.dealcoach.core.conversation.SettingsCommand;
import dev.dealcoach.core.store.Stores;
import java.time.Clock;
import java.util.List;

/** Puts the core together: the engine with every command and flow DealCoach has. */
public final class DealCoachCore {

    private DealCoachCore() {
    }

    public static Coach coach(Stores stores, Playbooks playbooks, Clock clock) {
        return new Coach(stores,
                List.of(
                        new ReviewCommand(stores.deals(), playbooks),
                        new DealCommand(stores.deals(), stores.reviews(), playbooks),
                        new SettingsCommand(),
                        new ComingSoonCommand("forecast", "`forecast`: the forecast rollup (coming soon)",
                                "Forecasts are not ready yet: they are next on the list. For now, `review <deal>` works.")),
                List.of(new ReviewFlow(stores.deals(), stores.reviews(), playbooks, clock)),
                new ReviewHomePage(stores.deals(), stores.reviews()),
                clock);
    }
}
