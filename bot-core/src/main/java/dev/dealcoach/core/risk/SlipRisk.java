package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.store.DealStore;
import java.util.List;

/** Slip risk in chat: a manager snoozes an alert or calls a deal not a risk. */
public final class SlipRisk implements Feature {

    private final DealStore deals;
    private final RiskStore risk;
    private final Playbooks playbooks;

    public SlipRisk(DealStore deals, RiskStore risk, Playbooks playbooks) {
        this.deals = deals;
        this.risk = risk;
        this.playbooks = playbooks;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new RiskCommand(deals, risk, playbooks));
    }
}
