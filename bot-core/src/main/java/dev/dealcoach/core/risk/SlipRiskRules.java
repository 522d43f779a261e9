package dev.dealcoach.core.risk;

import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The slip-risk rules over what a deal is now and its latest review, each with its weight and its
 * reason in plain language. An open deal only: a closed one has nothing left to slip.
 */
public final class SlipRiskRules {

    static final int CLOSE_PASSED = 40;
    static final int CLOSE_SOON_EARLY = 30;
    static final int COMMIT_WEAK_VERDICT = 25;
    static final int STALE = 20;
    static final int NO_BUYER_OR_CHAMPION = 20;
    static final int PAPER_NOT_STARTED = 15;
    static final int NO_NEXT_STEP = 10;
    static final int PUSHED = 25;
    static final int DOWNGRADED = 20;
    static final int AMOUNT_DOWN = 15;
    static final int STAGE_AGE = 15;
    /** Pushed this often, or this many days in all, in a quarter. */
    static final int PUSHES = 2;
    static final int DAYS_PUSHED = 30;
    static final BigDecimal AMOUNT_DROP = new BigDecimal("0.20");

    private final RiskThresholds thresholds;

    public SlipRiskRules(RiskThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public RiskAssessment assess(Deal deal, Optional<DealReview> latest, LocalDate today) {
        return assess(deal, latest, new DealHistory(deal, List.of()), null, today);
    }

    /** With the deal's history: pushes, stage age, amount drops and a downgrade from Commit in {@code quarter}. */
    public RiskAssessment assess(Deal deal, Optional<DealReview> latest, DealHistory history, FiscalQuarter quarter, LocalDate today) {
        List<RiskReason> reasons = new ArrayList<>();
        if (!deal.stage().isOpen()) {
            return RiskAssessment.of(deal, reasons);
        }
        long toClose = ChronoUnit.DAYS.between(today, deal.closeDate());
        if (toClose < 0) {
            reasons.add(new RiskReason("close-passed", CLOSE_PASSED, "Close date " + Dates.date(deal.closeDate(), today)
                    + " has passed; the deal is still in " + deal.stage().label() + "."));
        } else if (toClose <= thresholds.closeSoonDays() && deal.stage().compareTo(Stage.NEGOTIATION) < 0) {
            reasons.add(new RiskReason("close-soon-early-stage", CLOSE_SOON_EARLY, "Closes " + Dates.date(deal.closeDate(), today)
                    + " but is still in " + deal.stage().label() + "."));
        }
        LocalDate lastActivity = deal.lastActivityDate() == null ? deal.createdDate() : deal.lastActivityDate();
        long quiet = ChronoUnit.DAYS.between(lastActivity, today);
        if (quiet >= thresholds.staleDays()) {
            reasons.add(new RiskReason("stale", STALE, "No activity in " + quiet + " days."));
        }
        if (deal.nextStep() == null || deal.nextStep().isBlank()) {
            reasons.add(new RiskReason("no-next-step", NO_NEXT_STEP, "No next step."));
        }
        latest.ifPresent(review -> reviewReasons(deal, review, reasons));
        if (quarter != null) {
            historyReasons(deal, history, quarter, today, reasons);
        }
        return RiskAssessment.of(deal, reasons);
    }

    private void historyReasons(Deal deal, DealHistory history, FiscalQuarter quarter, LocalDate today, List<RiskReason> reasons) {
        int pushes = history.pushes(quarter);
        long days = history.daysPushed(quarter);
        if (pushes >= PUSHES || days > DAYS_PUSHED) {
            reasons.add(new RiskReason("close-pushed", PUSHED, "Close date pushed " + (pushes == 1 ? "once" : pushes + " times")
                    + " this quarter, " + days + " days in all."));
        }
        if (history.downgradedFromCommit(quarter)) {
            reasons.add(new RiskReason("downgraded-from-commit", DOWNGRADED, "Downgraded from Commit to " + deal.forecastCategory().label()
                    + " this quarter."));
        }
        history.amountDrop(quarter).filter(drop -> drop.compareTo(AMOUNT_DROP) > 0).ifPresent(drop -> reasons.add(new RiskReason(
                "amount-down", AMOUNT_DOWN, "Amount down " + drop.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                + "% this quarter.")));
        // Without a recorded stage change, when the deal entered its stage is unknown: no guess.
        Optional<LocalDate> since = history.inStageSince();
        long inStage = since.map(day -> ChronoUnit.DAYS.between(day, today)).orElse(0L);
        Integer limit = thresholds.stageDays().get(deal.stage());
        if (since.isPresent() && limit != null && inStage > limit) {
            reasons.add(new RiskReason("stage-age", STAGE_AGE, "In " + deal.stage().label() + " for " + inStage + " days (more than "
                    + limit + ")."));
        }
    }

    private static void reviewReasons(Deal deal, DealReview review, List<RiskReason> reasons) {
        if (deal.stage().compareTo(Stage.PROOF) >= 0) {
            List<String> missing = new ArrayList<>();
            if (review.outcome().scores().getOrDefault("economic-buyer", 1) == 0) {
                missing.add("economic buyer");
            }
            if (review.outcome().scores().getOrDefault("champion", 1) == 0) {
                missing.add("champion");
            }
            if (!missing.isEmpty()) {
                reasons.add(new RiskReason("review-missing-people", NO_BUYER_OR_CHAMPION, "Its latest review has no "
                        + String.join(" and no ", missing) + " in " + deal.stage().label() + "."));
            }
        }
        if (deal.stage().compareTo(Stage.NEGOTIATION) >= 0 && review.outcome().scores().getOrDefault("paper-process", 1) == 0) {
            reasons.add(new RiskReason("paper-not-started", PAPER_NOT_STARTED, "Paper process not started in " + deal.stage().label() + "."));
        }
        Verdict verdict = review.outcome().verdict();
        if (deal.forecastCategory() == ForecastCategory.COMMIT && verdict != Verdict.PURSUE) {
            reasons.add(new RiskReason("commit-weak-verdict", COMMIT_WEAK_VERDICT, "Called Commit, but its latest review says "
                    + verdict.name().toLowerCase(Locale.ROOT) + "."));
        }
    }
}
