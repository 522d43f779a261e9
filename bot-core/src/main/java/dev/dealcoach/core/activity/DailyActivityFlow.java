package dev.dealcoach.core.activity;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.QuarterTotals;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end-of-day nudge: "Quick log for today?" with one click for the usual single thing, a form
 * for several, or "Nothing today"; answered with the week's progress and the streak. What is logged
 * goes to the day the nudge was for, even when answered the morning after.
 */
public final class DailyActivityFlow implements Flow {

    public static final String NAME = "daily-activity";
    private static final String DATE = "date";
    private static final String WHAT = "what";
    private static final String EXEC = "exec";
    private static final String DISCOVERY = "discovery";
    private static final String PROPOSAL = "proposal";
    private static final String SEVERAL = "several";
    private static final String NOTHING = "nothing";
    private static final String PROPOSALS = "proposals";
    private static final String PIPELINE = "pipeline";

    private final ActivityStore activity;
    private final DealTotals totals;

    public DailyActivityFlow(ActivityStore activity, DealTotals totals) {
        this.activity = activity;
        this.totals = totals;
    }

    /** The nudge for {@code date}, the person's local date. */
    public static CommandHandler.StartFlow startFor(LocalDate date) {
        return new CommandHandler.StartFlow(NAME, Map.of(DATE, date.toString()), Message.text(
                "End of the day: a quick log keeps your week on track. (`snooze 2h` puts this off; `away until <date>` pauses check-ins.)"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Question> questions(ConversationState state) {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question(WHAT, "Quick log for today?", AnswerType.CHOICE, List.of(
                new Block.Option(EXEC, "Exec meeting"), new Block.Option(DISCOVERY, "Discovery call"),
                new Block.Option(PROPOSAL, "Proposal sent"), new Block.Option(SEVERAL, "Log several..."),
                new Block.Option(NOTHING, "Nothing today")), "Or type it, like " + LogCommand.EXAMPLE));
        if (SEVERAL.equals(state.known(WHAT))) {
            questions.add(count(EXEC, "Executive meetings today?"));
            questions.add(count(DISCOVERY, "Discovery calls today?"));
            questions.add(count(PROPOSALS, "Proposals or POCs sent today?"));
            questions.add(new Question(PIPELINE, "New pipeline created today?", AnswerType.MONEY, List.of(), "An amount, like $120k, or 0")
                    .prefilled("0"));
        }
        return questions;
    }

    private static Question count(String id, String prompt) {
        return new Question(id, prompt, AnswerType.NUMBER, List.of(), "A number, like 2, or 0").prefilled("0");
    }

    @Override
    public boolean asksByForm(ConversationState state) {
        return state.step() == 1 && SEVERAL.equals(state.known(WHAT));
    }

    @Override
    public Optional<String> refuse(ConversationState state, Question question, Answer answer) {
        if (question.type() == AnswerType.NUMBER && !answer.unknown() && new BigDecimal(answer.value()).stripTrailingZeros().scale() > 0) {
            return Optional.of("A whole number, like 2.");
        }
        if (question.type() == AnswerType.NUMBER && !answer.unknown() && new BigDecimal(answer.value()).compareTo(BigDecimal.valueOf(ActivityText.MOST)) > 0) {
            return Optional.of("At most " + ActivityText.MOST + " in a day: check the number.");
        }
        if (question.type() == AnswerType.MONEY && !answer.unknown()
                && Money.parse(answer.value()).amount().compareTo(ActivityText.mostPipeline(Money.parse(answer.value()).currency()).amount()) > 0) {
            return Optional.of("That is more new pipeline than a day can make: check the amount.");
        }
        return Optional.empty();
    }

    @Override
    public String subject(ConversationState state) {
        return "today's activity log";
    }

    @Override
    public String command(ConversationState state) {
        return "log";
    }

    @Override
    public Reply finish(ConversationState state, Speaker speaker) {
        Money zero = Money.zero(speaker.org().currency());
        ActivityLog logged = switch (String.valueOf(state.known(WHAT))) {
            case EXEC -> new ActivityLog(1, 0, 0, zero);
            case DISCOVERY -> new ActivityLog(0, 1, 0, zero);
            case PROPOSAL -> new ActivityLog(0, 0, 1, zero);
            case SEVERAL -> new ActivityLog(number(state, EXEC), number(state, DISCOVERY), number(state, PROPOSALS),
                    Optional.ofNullable(state.known(PIPELINE)).map(Money::parse).filter(m -> m.currency().equals(zero.currency())).orElse(zero));
            default -> ActivityLog.nothing(zero.currency());
        };
        return new Reply(logged(activity, totals, speaker, LocalDate.parse(state.context(DATE)), logged));
    }

    /** Keeps the log for the day and says the week's progress. */
    static Message logged(ActivityStore activity, DealTotals totals, Speaker speaker, LocalDate date, ActivityLog logged) {
        activity.add(speaker.id(), date, logged);
        ActivityProgress progress = progress(activity, totals, speaker.org(), speaker.person(), speaker.today());
        return Message.text((logged.anything() ? "Logged. " : "Noted: nothing today. ") + progress.text());
    }

    /** The person's progress as of {@code today}, with their quota still to close this quarter from their deals. */
    public static ActivityProgress progress(ActivityStore activity, DealTotals totals, Org org, Person person, LocalDate today) {
        FiscalQuarter quarter = org.calendar().quarterOf(today);
        QuarterTotals own = totals.of(quarter, org.currency(), Set.of(person.id())).get(person.id());
        Money closed = own == null ? Money.zero(org.currency()) : own.numbers().closed();
        // Holidays are days off: they do not break a streak.
        return ActivityProgress.of(activity, person.id(), today, day -> org.checkIns().workingDays(person.id()).contains(day.getDayOfWeek())
                && !org.checkIns().holiday(day, person.timeZone()), org.checkIns().targets(), quarter.start(), person.quota().minus(closed));
    }

    private static int number(ConversationState state, String id) {
        String value = state.known(id);
        return value == null ? 0 : new BigDecimal(value).intValueExact();
    }

}
