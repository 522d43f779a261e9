package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.store.DealStore;
import java.util.List;

/** Slip risk in chat: a manager reviews, snoozes or calls not a risk an alerted deal; a rep sees their deals at risk on their home. */
public final class SlipRisk implements Feature {

    private final DealStore deals;
    private final RiskStore risk;
    private final Playbooks playbooks;
    private final ReviewStore reviews;
    private final DealHistoryStore history;

    public SlipRisk(DealStore deals, RiskStore risk, Playbooks playbooks, ReviewStore reviews, DealHistoryStore history) {
        this.deals = deals;
        this.risk = risk;
        this.playbooks = playbooks;
        this.reviews = reviews;
        this.history = history;
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new RiskHomeSection(deals, reviews, history, new SlipRiskRules(RiskThresholds.DEFAULT)));
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new RiskCommand(deals, risk, playbooks));
    }
}
