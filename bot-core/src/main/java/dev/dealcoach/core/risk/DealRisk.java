package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.review.AtRiskDeals;
import dev.dealcoach.core.review.ReviewStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Open deals' slip risk now: the rules over each deal, its latest review and its history this quarter. */
public final class DealRisk implements AtRiskDeals {

    private final ReviewStore reviews;
    private final DealHistoryStore history;
    private final SlipRiskRules rules;

    public DealRisk(ReviewStore reviews, DealHistoryStore history, SlipRiskRules rules) {
        this.reviews = reviews;
        this.history = history;
        this.rules = rules;
    }

    /** The open ones of {@code deals}, assessed in their order, each on the day {@code today} gives it (its owner's). */
    public List<RiskAssessment> assess(Org org, List<Deal> deals, Function<Deal, LocalDate> today) {
        List<Deal> open = deals.stream().filter(d -> d.stage().isOpen()).toList();
        Map<String, List<DealChange>> changes = history.of(open.stream().map(Deal::id).toList());
        List<RiskAssessment> assessed = new ArrayList<>(open.size());
        for (Deal deal : open) {
            LocalDate day = today.apply(deal);
            assessed.add(rules.assess(deal, reviews.latest(deal.id()), new DealHistory(deal, changes.getOrDefault(deal.id(), List.of())),
                    org.calendar().quarterOf(day), day));
        }
        return assessed;
    }

    public RiskAssessment assess(Org org, Deal deal, LocalDate today) {
        return rules.assess(deal, reviews.latest(deal.id()), new DealHistory(deal, history.of(List.of(deal.id())).getOrDefault(deal.id(),
                List.of())), org.calendar().quarterOf(today), today);
    }

    /** The speaker's view: those of {@code deals} at risk or likely to slip on their today, worst first. */
    @Override
    public List<Flagged> of(Speaker speaker, List<Deal> deals) {
        return assess(speaker.org(), deals, deal -> speaker.today()).stream()
                .filter(a -> a.level().compareTo(RiskLevel.AT_RISK) >= 0)
                .sorted(java.util.Comparator.comparingInt(RiskAssessment::score).reversed())
                .map(a -> new Flagged(a.deal(), a.reasons().get(0).text())).toList();
    }
}
