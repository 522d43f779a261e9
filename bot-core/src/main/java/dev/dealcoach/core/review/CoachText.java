package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.conversation.TextCut;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A playbook's coaching line with the deal's facts filled in: {@code "Ask {champion|your contact} {by}"}
 * becomes "Ask Raj this week". Placeholders name the deal ({@code close}, {@code close-days}, {@code stage},
 * {@code category}, {@code amount}, {@code by}) or a question: a person question gives the first name
 * the rep typed, a date question its date, others the answer as typed. After {@code |} comes what to
 * say when the question was not asked, not known, or names nobody.
 */
final class CoachText {

    static final Set<String> DEAL_FACTS = Set.of("close", "close-days", "stage", "category", "amount", "by");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)(?:\\|([^{}]*))?}");
    /** How long before the close date the work it depends on should be done. */
    private static final int WORK_BACK_DAYS = 14;
    private static final int SHORTEST_NOTICE_DAYS = 7;
    private static final int ANSWER_QUOTED = 60;
    private static final Set<String> NOT_NAMES = Set.of("vp", "svp", "evp", "cfo", "ceo", "cto", "cio", "coo", "ciso", "head",
            "chief", "director", "manager", "ops", "it", "dr", "mr", "mrs", "ms", "prof", "the", "our", "their", "senior", "lead");

    private CoachText() {
    }

    /** Problems with the placeholders of {@code template}, for the playbook reader; empty when it is fine. */
    static List<String> problems(String template, Set<String> questions) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!DEAL_FACTS.contains(name) && !questions.contains(name)) {
                problems.add("'{" + name + "}' is neither a question nor one of " + String.join(", ", DEAL_FACTS.stream().sorted().toList()));
            }
        }
        return problems;
    }

    static String fill(String template, ReviewFacts facts, Map<String, Question> questions) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String fallback = matcher.group(2) == null ? "" : matcher.group(2);
            String value = value(matcher.group(1), facts, questions).orElse(fallback);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Optional<String> value(String name, ReviewFacts facts, Map<String, Question> questions) {
        LocalDate today = facts.today();
        LocalDate close = facts.deal().closeDate();
        switch (name) {
            case "close":
                return Optional.of(Dates.date(close, today));
            case "close-days":
                return Optional.of(Dates.distance(close, today));
            case "stage":
                return Optional.of(facts.deal().stage().label());
            case "category":
                return Optional.of(facts.deal().forecastCategory().label());
            case "amount":
                return Optional.of(Amounts.brief(facts.deal().amount()));
            case "by":
                return Optional.of(by(close, today));
            default:
                return facts.answer(name).filter(a -> !a.unknown()).flatMap(a -> answer(a, questions.get(name).type(), today));
        }
    }

    /** When the work a close depends on is due: "this week" when the close is near or past, else two weeks before it. */
    static String by(LocalDate close, LocalDate today) {
        LocalDate due = close.minusDays(WORK_BACK_DAYS);
        return ChronoUnit.DAYS.between(today, due) < SHORTEST_NOTICE_DAYS ? "this week" : "before " + Dates.date(due, today);
    }

    private static Optional<String> answer(Answer answer, AnswerType type, LocalDate today) {
        return switch (type) {
            case PERSON -> firstName(answer.text());
            case DATE -> Optional.ofNullable(answer.date()).map(date -> Dates.date(date, today));
            default -> Optional.of(TextCut.first(answer.text(), ANSWER_QUOTED));
        };
    }

    /**
     * The first name in "Dana Whitfield, CFO, met her last Tuesday" or "VP Ops Raj Mehta": the first
     * capitalised word of the first part that is not a title; a short part with none ("the CFO") as typed.
     */
    static Optional<String> firstName(String text) {
        String part = text.split("[,;:(\\n]| - | – ")[0].strip();
        String[] words = part.split("\\s+");
        for (String word : words) {
            String bare = word.replaceAll("[^\\p{L}'’-]", "");
            boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0))
                    && bare.codePoints().skip(1).anyMatch(Character::isLowerCase);
            if (capitalised && !NOT_NAMES.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(bare);
            }
        }
        return words.length <= 3 && !part.isEmpty() ? Optional.of(part) : Optional.empty();
    }
}
