package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.parse.FlexibleDate;
import dev.dealcoach.core.parse.FlexibleNumber;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
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
    sealed interface OnDeal extends Condition permits CloseBeyondMonths, ClosePassed, CloseWithinDays, StageIn {
        @Override
        default Set<String> questions() {
            return Set.of();
        }
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
