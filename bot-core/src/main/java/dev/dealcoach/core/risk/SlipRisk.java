package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.store.DealStore;
import java.util.List;

/** Slip risk in chat: a manager reviews, snoozes or calls not a risk an alerted deal; a rep sees their deals at risk on their home. */
public final class SlipRisk implements Feature {

    private final DealStore deals;
    private final RiskStore risk;
    private final Playbooks playbooks;
    private final DealRisk dealRisk;

    public SlipRisk(DealStore deals, RiskStore risk, Playbooks playbooks, DealRisk dealRisk) {
        this.deals = deals;
        this.risk = risk;
        this.playbooks = playbooks;
        this.dealRisk = dealRisk;
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new RiskHomeSection(deals, dealRisk));
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new RiskCommand(deals, risk, playbooks, dealRisk));
    }
}
