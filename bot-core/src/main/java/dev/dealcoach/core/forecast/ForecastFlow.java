package dev.dealcoach.core.forecast;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Person;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's forecast call for this week: the numbers their deals (or their team) give, submitted as
 * they are in one click, or adjusted (a form, or typed one by one), with a one-line reason when a
 * number moves more than 10% away from where it started.
 */
public final class ForecastFlow implements Flow {

    public static final String NAME = "forecast";
    static final String HOW = "how";
    static final String SUBMIT = "submit";
    static final String ADJUST = "adjust";
    static final String COMMIT = "commit";
    static final String BEST_CASE = "best-case";
    static final String PIPELINE = "pipeline";
    static final String REASON = "reason";
    private static final String WEEK = "week";
    private static final String WEEK_LABEL = "week-label";
    private static final String QUARTER = "quarter";
    private static final String CLOSED = "from-closed";
    private static final String FROM = "from-";
    private static final String QUOTA = "quota";
    /** The rep a manager calls for; absent for one's own call. */
    private static final String FOR = "for";
    private static final String FOR_NAME = "for-name";
    /** An override further than this from where it started needs a reason. */
    private static final BigDecimal REASON_BEYOND = new BigDecimal("0.10");
    private static final int QUOTA_MULTIPLE_LIMIT = 100;

    private final ForecastStore forecasts;
    private final Clock clock;

    public ForecastFlow(ForecastStore forecasts, Clock clock) {
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /** The start of a call by the speaker for {@code week}, from {@code start}; {@code earlier} is this week's call so far, if any. */
    public static CommandHandler.StartFlow startFor(Speaker speaker, ForecastWeek week, ForecastNumbers start,
                                                    Optional<ForecastCall> earlier) {
        Map<String, String> context = new LinkedHashMap<>();
        context.put(WEEK, week.key());
        context.put(WEEK_LABEL, week.label());
        context.put(QUARTER, week.quarter().label());
        context.put(CLOSED, start.closed().toString());
        context.put(FROM + COMMIT, start.commit().toString());
        context.put(FROM + BEST_CASE, start.bestCase().toString());
        context.put(FROM + PIPELINE, start.pipeline().toString());
        context.put(QUOTA, speaker.person().quota().toString());
        String whose = speaker.org().directReports(speaker.id()).isEmpty() ? "your deals" : "your team's calls and deals";
        String intro = "Your " + week.quarter().label() + " call, " + week.label() + ". From " + whose + ": "
                + ForecastText.numbers(start) + ".";
        if (earlier.isPresent()) {
            intro += "\nThis replaces your call of this week so far (Commit " + Amounts.brief(earlier.get().called().commit()) + ").";
        }
        return new CommandHandler.StartFlow(NAME, context, Message.text(intro).then(Message.of(new Block.Buttons(List.of(
                ActionIds.run("The deals behind these", "forecast deals", Block.Style.DEFAULT))))));
    }

    /** A manager's call on behalf of {@code rep}, from the rep's deals: kept as the rep's call, submitted by the manager. */
    public static CommandHandler.StartFlow startOnBehalf(Speaker manager, Person rep, ForecastWeek week, ForecastNumbers start,
                                                         Optional<ForecastCall> earlier) {
        Map<String, String> context = new LinkedHashMap<>(startFor(manager, week, start, earlier).context());
        context.put(FOR, rep.id());
        context.put(FOR_NAME, rep.name());
        context.put(QUOTA, rep.quota().toString());
        String intro = Markup.literal(rep.name()) + "'s " + week.quarter().label() + " call, " + week.label() + ", submitted by you. From "
                + Markup.literal(rep.firstName()) + "'s deals: " + ForecastText.numbers(start) + "."
                + earlier.map(call -> "\nThis replaces their call of this week so far (Commit " + Amounts.brief(call.called().commit()) + ").")
                .orElse("");
        return new CommandHandler.StartFlow(NAME, context, Message.text(intro));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Question> questions(ConversationState state) {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question(HOW, "Submit these numbers for " + state.context(QUARTER) + "?", AnswerType.CHOICE,
                List.of(new Block.Option(SUBMIT, "Submit as is"), new Block.Option(ADJUST, "Adjust")), ""));
        if (SUBMIT.equals(state.known(HOW))) {
            return questions;
        }
        questions.add(amount(state, COMMIT, "Your commit"));
        questions.add(amount(state, BEST_CASE, "Your best case"));
        questions.add(amount(state, PIPELINE, "Your open pipeline"));
        Optional<ForecastNumbers> called = called(state);
        if (called.isPresent() && far(from(state), called.get())) {
            questions.add(new Question(REASON, "That is more than 10% away from where it started. Why, in one line?",
                    AnswerType.TEXT, List.of(), "Like: Globex signs early, the CFO confirmed Dec 12"));
        }
        return questions;
    }

    private static Question amount(ConversationState state, String id, String what) {
        Money start = Money.parse(state.context(FROM + id));
        return new Question(id, what + " for " + state.context(QUARTER) + "? It starts at " + Amounts.brief(start) + ".",
                AnswerType.MONEY, List.of(), "An amount, like $1.2M, 950k or 1,200,000").prefilled(Amounts.brief(start));
    }

    @Override
    public boolean asksByForm(ConversationState state) {
        return state.step() == 1 && ADJUST.equals(state.known(HOW));
    }

    @Override
    public Optional<String> refuse(ConversationState state, Question question, Answer answer) {
        if (question.type() != AnswerType.MONEY) {
            return Optional.empty();
        }
        Money start = Money.parse(state.context(FROM + question.id()));
        if (answer.unknown()) {
            return Optional.of("A call needs a number: it starts at " + Amounts.brief(start) + ".");
        }
        Money amount = Money.parse(answer.value());
        if (!amount.currency().equals(start.currency())) {
            return Optional.of("Call it in " + start.currency().getCurrencyCode() + ", the org's currency.");
        }
        Money quota = Money.parse(state.context(QUOTA));
        if (quota.amount().signum() > 0 && amount.amount().compareTo(quota.amount().multiply(BigDecimal.valueOf(QUOTA_MULTIPLE_LIMIT))) > 0) {
            return Optional.of("That is more than " + QUOTA_MULTIPLE_LIMIT + " times your quota of " + Amounts.brief(quota)
                    + ": check the number.");
        }
        String commit = state.known(COMMIT);
        if (question.id().equals(BEST_CASE) && commit != null && amount.compareTo(Money.parse(commit)) < 0) {
            return Optional.of("Best case can't be below your commit of " + Amounts.brief(Money.parse(commit)) + ": type "
                    + Amounts.brief(Money.parse(commit)) + " or more.");
        }
        return Optional.empty();
    }

    @Override
    public String subject(ConversationState state) {
        return onBehalf(state) ? state.context(FOR_NAME) + "'s " + state.context(QUARTER) + " forecast call"
                : "your " + state.context(QUARTER) + " forecast call";
    }

    @Override
    public String command(ConversationState state) {
        return onBehalf(state) ? "forecast submit " + state.context(FOR) : "forecast submit";
    }

    private static boolean onBehalf(ConversationState state) {
        String rep = state.context(FOR);
        return rep != null && !rep.isBlank();
    }

    @Override
    public Reply finish(ConversationState state, Speaker speaker) {
        ForecastNumbers from = from(state);
        ForecastNumbers called = called(state).orElse(from);
        Answer reason = state.answers().get(REASON);
        String whose = onBehalf(state) ? state.context(FOR) : speaker.id();
        ForecastCall call = new ForecastCall(whose, state.context(WEEK), called, from,
                reason == null || reason.unknown() ? "" : reason.text(), speaker.id(), clock.instant());
        forecasts.save(call);
        String text = (onBehalf(state) ? Markup.literal(state.context(FOR_NAME)) + "'s " : "Your ") + state.context(QUARTER)
                + " call for " + state.context(WEEK_LABEL) + " is in: " + ForecastText.numbers(called) + ".";
        if (onBehalf(state)) {
            return new Reply(Message.text(text)).tell(whose, Message.text(Markup.literal(speaker.person().firstName())
                    + " submitted your " + state.context(QUARTER) + " call for " + state.context(WEEK_LABEL) + ": "
                    + ForecastText.numbers(called) + ". `forecast submit` changes it."));
        }
        Message message = Message.text(text);
        if (!called.equals(from)) {
            message = message.then(Message.of(new Block.Note("It started at Commit " + Amounts.brief(from.commit())
                    + ", Best case " + Amounts.brief(from.bestCase()) + ", Pipeline " + Amounts.brief(from.pipeline()) + ".")));
        }
        return new Reply(message.then(Message.of(new Block.Note(
                "`forecast` shows it beside your deals; `forecast submit` changes it this week."))));
    }

    /** Where the call started: the deals' (or team's) numbers when it was opened. */
    private static ForecastNumbers from(ConversationState state) {
        return new ForecastNumbers(Money.parse(state.context(CLOSED)), Money.parse(state.context(FROM + COMMIT)),
                Money.parse(state.context(FROM + BEST_CASE)), Money.parse(state.context(FROM + PIPELINE)));
    }

    /** The adjusted numbers, once all three are given. */
    private static Optional<ForecastNumbers> called(ConversationState state) {
        String commit = state.known(COMMIT);
        String bestCase = state.known(BEST_CASE);
        String pipeline = state.known(PIPELINE);
        if (commit == null || bestCase == null || pipeline == null) {
            return Optional.empty();
        }
        return Optional.of(new ForecastNumbers(Money.parse(state.context(CLOSED)), Money.parse(commit), Money.parse(bestCase),
                Money.parse(pipeline)));
    }

    private static boolean far(ForecastNumbers from, ForecastNumbers called) {
        return far(from.commit(), called.commit()) || far(from.bestCase(), called.bestCase()) || far(from.pipeline(), called.pipeline());
    }

    private static boolean far(Money from, Money called) {
        BigDecimal difference = called.amount().subtract(from.amount()).abs();
        return from.amount().signum() == 0 ? difference.signum() != 0
                : difference.compareTo(from.amount().abs().multiply(REASON_BEYOND)) > 0;
    }

}
