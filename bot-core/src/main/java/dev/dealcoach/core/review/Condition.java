package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.parse.FlexibleDate;
import dev.dealcoach.core.parse.FlexibleNumber;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A test on {@link Facts}, written in a playbook. A condition about a question that was not asked
 * is false, and {@link #questions()} says which questions a condition needs.
 */
public sealed interface Condition {

    boolean test(Facts facts);

    /** The questions this condition reads. */
    Set<String> questions();

    /** The elements whose scores this condition reads. */
    default Set<String> elements() {
        return Set.of();
    }

    /** A condition over several others: it reads what they read. */
    sealed interface Group extends Condition permits All, Any {
        List<Condition> conditions();

        @Override
        default Set<String> questions() {
            return union(conditions(), Condition::questions);
        }

        @Override
        default Set<String> elements() {
            return union(conditions(), Condition::elements);
        }
    }

    /** A condition on one question's answer. */
    sealed interface OnQuestion extends Condition permits Answered, Unknown, Specific, Equals, ContactedWithinDays, DateDiffersFromClose {
        String question();

        @Override
        default Set<String> questions() {
            return Set.of(question());
        }
    }

    /** A condition on the deal's own record: it reads no question. */
    sealed interface OnDeal extends Condition permits CloseBeyondMonths, ClosePassed, CloseWithinDays, StageIn, CategoryIn,
            NoActivityDays, NoNextStep, OnHistory {
        @Override
        default Set<String> questions() {
            return Set.of();
        }
    }

    /**
     * A condition on the deal's history this quarter or its latest review's verdict: what slip-risk
     * rules know and a review in progress does not, so playbooks cannot use them.
     */
    sealed interface OnHistory extends OnDeal permits PushedAtLeast, DaysPushedOver, DowngradedFromCommit, AmountDownOver, StageAgeOver,
            VerdictIn {
    }

    /** The person answered, and not with "don't know". */
    record Answered(String question) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return known(facts, question).isPresent();
        }
    }

    /** The person said they don't know, or that there is none. */
    record Unknown(String question) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return facts.answer(question).filter(Answer::unknown).isPresent();
        }
    }

    /** The answer names a number or a date: "costs them $40k a month", "CFO signs off Dec 3". */
    record Specific(String question) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return known(facts, question).filter(answer -> answer.date() != null
                    || FlexibleNumber.containsNumber(answer.text())
                    || FlexibleDate.findIn(answer.text(), facts.today()).isPresent()).isPresent();
        }
    }

    /** The answer's canonical value (an option's value, {@code yes}, {@code no}) is {@code value}. */
    record Equals(String question, String value) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return known(facts, question).map(Answer::value).filter(value::equals).isPresent();
        }
    }

    /** The answer mentions a contact no more than {@code days} days before today. */
    record ContactedWithinDays(String question, int days) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return known(facts, question).map(Answer::date)
                    .map(date -> ChronoUnit.DAYS.between(date, facts.today()))
                    .filter(ago -> ago >= 0 && ago <= days).isPresent();
        }
    }

    /** The element scored at least {@code points}. */
    record ScoreAtLeast(String element, int points) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return facts.score(element) >= points;
        }

        @Override
        public Set<String> questions() {
            return Set.of();
        }

        @Override
        public Set<String> elements() {
            return Set.of(element);
        }
    }

    /** The deal's close date is more than {@code months} months away. */
    record CloseBeyondMonths(int months) implements OnDeal {
        @Override
        public boolean test(Facts facts) {
            return facts.deal().closeDate().isAfter(facts.today().plusMonths(months));
        }
    }

    /** The deal is open and its close date has passed. */
    record ClosePassed() implements OnDeal {
        @Override
        public boolean test(Facts facts) {
            return facts.deal().stage().isOpen() && facts.deal().closeDate().isBefore(facts.today());
        }
    }

    /** The deal closes today or within the next {@code days} days. */
    record CloseWithinDays(int days) implements OnDeal {
        @Override
        public boolean test(Facts facts) {
            LocalDate close = facts.deal().closeDate();
            return !close.isBefore(facts.today()) && !close.isAfter(facts.today().plusDays(days));
        }
    }

    /** The deal is at one of {@code stages}. */
    record StageIn(Set<Stage> stages) implements OnDeal {
        public StageIn {
            stages = Set.copyOf(stages);
        }

        @Override
        public boolean test(Facts facts) {
            return stages.contains(facts.deal().stage());
        }
    }

    /** The deal is called one of {@code categories}. */
    record CategoryIn(Set<ForecastCategory> categories) implements OnDeal {
        public CategoryIn {
            categories = Set.copyOf(categories);
        }

        @Override
        public boolean test(Facts facts) {
            return categories.contains(facts.deal().forecastCategory());
        }
    }

    /** Nothing logged on the deal for {@code days} days or more (since it was created, when nothing ever was). */
    record NoActivityDays(int days) implements OnDeal {
        @Override
        public boolean test(Facts facts) {
            return facts.deal().daysQuiet(facts.today()) >= days;
        }
    }

    /** The deal's next step is empty. */
    record NoNextStep() implements OnDeal {
        @Override
        public boolean test(Facts facts) {
            return facts.deal().nextStep() == null || facts.deal().nextStep().isBlank();
        }
    }

    /** The close date was pushed later at least {@code times} times this quarter. */
    record PushedAtLeast(int times) implements OnHistory {
        @Override
        public boolean test(Facts facts) {
            return facts.track().pushes() >= times;
        }
    }

    /** The close date was pushed more than {@code days} days in all this quarter. */
    record DaysPushedOver(int days) implements OnHistory {
        @Override
        public boolean test(Facts facts) {
            return facts.track().daysPushed() > days;
        }
    }

    /** Called Commit this quarter and not now. */
    record DowngradedFromCommit() implements OnHistory {
        @Override
        public boolean test(Facts facts) {
            return facts.track().downgradedFromCommit();
        }
    }

    /** The amount is more than {@code percent}% below its high this quarter. */
    record AmountDownOver(int percent) implements OnHistory {
        @Override
        public boolean test(Facts facts) {
            return facts.track().amountDropPercent().compareTo(BigDecimal.valueOf(percent)) > 0;
        }
    }

    /** In its stage for more days than that stage's limit; a stage with no limit, or no recorded stage change, never is. */
    record StageAgeOver(Map<Stage, Integer> days) implements OnHistory {
        public StageAgeOver {
            days = Map.copyOf(days);
        }

        @Override
        public boolean test(Facts facts) {
            Integer limit = days.get(facts.deal().stage());
            return limit != null && facts.track().daysInStage().filter(in -> in > limit).isPresent();
        }
    }

    /** The deal's latest review ended in one of {@code verdicts}. */
    record VerdictIn(Set<Verdict> verdicts) implements OnHistory {
        public VerdictIn {
            verdicts = Set.copyOf(verdicts);
        }

        @Override
        public boolean test(Facts facts) {
            return facts.verdict().filter(verdicts::contains).isPresent();
        }
    }

    /** The element was scored, and scored 0: "no economic buyer" in a review that asked. */
    record Missing(String element) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return facts.scored(element) && facts.score(element) == 0;
        }

        @Override
        public Set<String> questions() {
            return Set.of();
        }

        @Override
        public Set<String> elements() {
            return Set.of(element);
        }
    }

    /** The date answered (a signing date the customer confirmed, say) is not the deal's close date. */
    record DateDiffersFromClose(String question) implements OnQuestion {
        @Override
        public boolean test(Facts facts) {
            return known(facts, question).map(Answer::date)
                    .filter(date -> !date.equals(facts.deal().closeDate())).isPresent();
        }
    }

    record All(List<Condition> conditions) implements Group {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Facts facts) {
            return conditions.stream().allMatch(c -> c.test(facts));
        }
    }

    record Any(List<Condition> conditions) implements Group {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Facts facts) {
            return conditions.stream().anyMatch(c -> c.test(facts));
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Facts facts) {
            return !condition.test(facts);
        }

        @Override
        public Set<String> questions() {
            return condition.questions();
        }

        @Override
        public Set<String> elements() {
            return condition.elements();
        }
    }

    /** The answer to {@code question}, unless it was not asked or the person did not know. */
    private static Optional<Answer> known(Facts facts, String question) {
        return facts.answer(question).filter(answer -> !answer.unknown());
    }

    private static Set<String> union(List<Condition> conditions, Function<Condition, Set<String>> part) {
        Set<String> all = new HashSet<>();
        conditions.forEach(c -> all.addAll(part.apply(c)));
        return Set.copyOf(all);
    }
}
