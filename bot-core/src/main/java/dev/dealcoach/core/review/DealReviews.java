package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.review.ReviewStore;
import java.time.Clock;
import java.util.List;

/** Deal reviews: {@code review} and {@code deal}, the review flow, and the deals on the home page. */
public final class DealReviews implements Feature {

    private final DealStore deals;
    private final ReviewStore reviews;
    private final Playbooks playbooks;
    private final AtRiskDeals atRisk;
    private final ReviewWriteBack writeBack;
    private final Clock clock;

    public DealReviews(DealStore deals, ReviewStore reviews, Playbooks playbooks, AtRiskDeals atRisk, ReviewWriteBack writeBack, Clock clock) {
        this.writeBack = writeBack;
        this.deals = deals;
        this.reviews = reviews;
        this.playbooks = playbooks;
        this.atRisk = atRisk;
        this.clock = clock;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new ReviewCommand(deals, reviews, playbooks, atRisk), new DealCommand(deals, reviews, playbooks));
    }

    @Override
    public List<Flow> flows() {
        return List.of(new ReviewFlow(deals, reviews, playbooks, writeBack, clock));
    }

    @Override
    public List<HomeSection> homeSections() {
        return List.of(new DealsHomeSection(deals, reviews));
    }
}
