package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.DealTrack;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Facts;
import dev.dealcoach.core.review.Verdict;
import java.time.LocalDate;
import java.util.Optional;

/** What a slip-risk rule reads: the deal, its history this quarter, its latest review's scores and verdict, and the owner's today. */
record RiskFacts(Deal deal, LocalDate today, Optional<DealReview> latest, DealTrack track) implements Facts {

    @Override
    public Optional<Answer> answer(String question) {
        return Optional.empty();
    }

    @Override
    public int score(String element) {
        return latest.map(review -> review.outcome().scores().getOrDefault(element, 0)).orElse(0);
    }

    @Override
    public boolean scored(String element) {
        return latest.filter(review -> review.outcome().scores().containsKey(element)).isPresent();
    }

    @Override
    public Optional<Verdict> verdict() {
        return latest.map(review -> review.outcome().verdict());
    }
}
