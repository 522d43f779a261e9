package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A deal and MEDDPICC answers strong on every count, for scoring tests to weaken one answer or fact at a time. */
final class MeddpiccExamples {

    private MeddpiccExamples() {
    }

    static Deal deal(Stage stage, LocalDate closeDate) {
        return new Deal("D-1", "Globex - Platform", "Globex", "ria", Money.of("240000", "USD"), stage,
                ForecastCategory.COMMIT, closeDate, "", null, LocalDate.of(2026, 6, 1));
    }

    /** Every pursue criterion met and every exit check passed, at any stage, as answered on {@code today}. */
    static Map<String, Answer> strongAnswers(LocalDate today) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("economic-buyer", new Answer("Dana, CFO, met yesterday", "Dana, CFO, met yesterday", false, today.minusDays(1)));
        answers.put("budget", Answer.of("Approved", "approved"));
        answers.put("pain", Answer.of("Losing 3 renewals a quarter", "Losing 3 renewals a quarter"));
        answers.put("metrics", Answer.of("Onboarding 6 weeks to 2", "Onboarding 6 weeks to 2"));
        answers.put("champion", new Answer("Raj, VP Ops, met Friday", "Raj, VP Ops, met Friday", false, today.minusDays(3)));
        answers.put("decision-criteria", Answer.of("Written down, we fit well", "strong-fit"));
        answers.put("decision-process", Answer.of("IT review Dec 3, CFO Dec 8", "IT review Dec 3, CFO Dec 8"));
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("competition", Answer.of("Acme", "Acme"));
        answers.put("competitive-position", Answer.of("Ahead: they prefer us", "ahead"));
        answers.put("compelling-event", Answer.of("Old contract ends Jan 31", "Old contract ends Jan 31"));
        answers.put("slip-risk", Answer.of("Legal", "Legal"));
        answers.put("business-case", Answer.of("yes", "yes"));
        return answers;
    }
}
