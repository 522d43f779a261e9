package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.review.ReviewOutcome.NextStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A finished review as the rep reads it: verdict and why, scorecard, what to do next, what changed. */
final class ReviewSummary {

    private static final int REASONS_SHOWN = 3;
    private static final int STRENGTHS_SHOWN = 2;
    private static final int AGAINST_SHOWN = 2;
    /** The verdict sentence's length to aim for: a director's one breath. */
    private static final int WORDS = 22;

    private ReviewSummary() {
    }

    static Message of(Playbook playbook, DealReview review, Optional<DealReview> previous, Speaker speaker) {
        LocalDate today = speaker.today();
        ReviewOutcome outcome = review.outcome();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Verdict: " + outcome.verdict().name()));
        String sentence = verdictSentence(review);
        // A finding the sentence already names is not said again below it.
        String findings = outcome.findings().stream().filter(f -> !sentence.contains(lowerFirst(f)) && !sentence.startsWith(f))
                .map(f -> "\n⚠ " + Markup.literal(f) + ".").reduce("", String::concat);
        blocks.add(new Block.Text(DealText.headline(review.deal(), today) + "\n" + Markup.literal(sentence) + findings));
        blocks.add(new Block.Fields(playbook.elements().stream()
                .map(e -> new Block.Field(e.name(), dots(outcome.scores().getOrDefault(e.id(), 0))))
                .toList()));
        if (!outcome.nextSteps().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < outcome.nextSteps().size(); i++) {
                NextStep step = outcome.nextSteps().get(i);
                String topic = step.topic().isEmpty() ? "" : Markup.bold(Markup.literal(step.topic())) + ": ";
                lines.add((i + 1) + ". " + topic + Markup.literal(step.coach()));
            }
            blocks.add(new Block.Text(Markup.bold("Do next") + "\n" + String.join("\n", lines)));
        }
        for (Playbook.ReviewQuestion question : playbook.questions()) {
            Answer answer = review.answers().get(question.id());
            if (question.summaryLabel() != null && answer != null && !answer.unknown()) {
                blocks.add(new Block.Note(Markup.literal(question.summaryLabel()) + ": " + Markup.literal(answer.text())));
            }
        }
        blocks.add(new Block.Note(sinceLast(playbook, review, previous, speaker)));
        String reviewer = speaker.org().person(review.reviewerId()).map(Person::name).orElse(review.reviewerId());
        blocks.add(new Block.Note(playbook.name() + " review by " + Markup.literal(reviewer) + ", "
                + Dates.date(LocalDate.ofInstant(review.at(), speaker.person().timeZone()), today)));
        return new Message(blocks);
    }

    /**
     * Why, in about 20 words (the heading says the verdict): for pursue the main reasons; for
     * disqualify the rules that decided it, then the deal's findings; for develop the two main
     * strengths, then what holds it back, the deal's own findings first, then its stage's first gap
     * and what is missing.
     */
    static String verdictSentence(DealReview review) {
        ReviewOutcome outcome = review.outcome();
        if (outcome.verdict() == Verdict.PURSUE) {
            return capitalised(sentence(first(outcome.reasons(), REASONS_SHOWN))) + ".";
        }
        if (outcome.verdict() == Verdict.DISQUALIFY) {
            List<String> reasons = new ArrayList<>(outcome.reasons());
            outcome.findings().stream().map(ReviewSummary::lowerFirst).forEach(reasons::add);
            return capitalised(sentence(first(reasons, REASONS_SHOWN))) + ".";
        }
        List<String> against = new ArrayList<>(outcome.findings().stream().map(ReviewSummary::lowerFirst).toList());
        against.addAll(outcome.missing());
        String stageNeeds = outcome.stageGaps().stream().filter(g -> g.stage() == review.deal().stage()).findFirst()
                .map(g -> review.deal().stage().label() + " needs " + lowerFirst(g.check())).orElse("");
        List<String> shownAgainst = first(against, stageNeeds.isEmpty() ? AGAINST_SHOWN : AGAINST_SHOWN - 1);
        List<String> strengths = first(outcome.reasons(), STRENGTHS_SHOWN);
        String text = develop(strengths, shownAgainst, stageNeeds);
        while (words(text) > WORDS && !strengths.isEmpty()) {
            strengths = strengths.subList(0, strengths.size() - 1);
            text = develop(strengths, shownAgainst, stageNeeds);
        }
        return text;
    }

    private static String develop(List<String> strengths, List<String> against, String stageNeeds) {
        String text = strengths.isEmpty() ? "" : sentence(strengths) + (against.isEmpty() && stageNeeds.isEmpty() ? "" : ", but ");
        text += sentence(against);
        if (!stageNeeds.isEmpty()) {
            text += (against.isEmpty() ? "" : "; ") + stageNeeds;
        }
        return capitalised(text) + ".";
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Close date Nov 26 has passed" in the middle of a sentence; an acronym ("IT review") stays as it is. */
    private static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> first(List<String> items, int count) {
        return items.subList(0, Math.min(items.size(), count));
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String sentence(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String dots(int score) {
        return score >= 2 ? "●●" : score == 1 ? "●○" : "○○";
    }

    private static String sinceLast(Playbook playbook, DealReview review, Optional<DealReview> previous, Speaker speaker) {
        LocalDate today = speaker.today();
        if (previous.isEmpty()) {
            return "First review of this deal.";
        }
        DealReview before = previous.get();
        List<String> changes = new ArrayList<>();
        for (Playbook.Element element : playbook.elements()) {
            Integer was = before.outcome().scores().get(element.id());
            Integer now = review.outcome().scores().get(element.id());
            if (was != null && now != null && !was.equals(now)) {
                changes.add(element.name() + " " + dots(was) + " -> " + dots(now));
            }
        }
        if (before.outcome().verdict() != review.outcome().verdict()) {
            changes.add("verdict " + before.outcome().verdict() + " -> " + review.outcome().verdict());
        }
        changes.addAll(dealChanges(before.deal(), review.deal(), today));
        String when = Dates.date(LocalDate.ofInstant(before.at(), speaker.person().timeZone()), today);
        return changes.isEmpty()
                ? "No change since the last review (" + when + ")."
                : "Since the last review (" + when + "): " + String.join(", ", changes) + ".";
    }

    private static List<String> dealChanges(Deal before, Deal now, LocalDate today) {
        List<String> changes = new ArrayList<>();
        if (now.closeDate().isAfter(before.closeDate())) {
            changes.add("close date pushed from " + Dates.date(before.closeDate(), today) + " to " + Dates.date(now.closeDate(), today));
        } else if (now.closeDate().isBefore(before.closeDate())) {
            changes.add("close date pulled in from " + Dates.date(before.closeDate(), today) + " to " + Dates.date(now.closeDate(), today));
        }
        if (now.stage() != before.stage()) {
            changes.add("stage " + before.stage().label() + " -> " + now.stage().label());
        }
        if (!now.amount().equals(before.amount())) {
            changes.add("amount " + Amounts.brief(before.amount()) + " -> " + Amounts.brief(now.amount()));
        }
        return changes;
    }
}
