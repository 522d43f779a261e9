package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Flow;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.review.ReviewStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A deal review: the playbook's questions for the deal's stage, then the scored summary. The
 * questions are fixed when the review starts, so a review resumed later asks the same ones.
 */
public final class ReviewFlow implements Flow {

    public static final String NAME = "review";
    static final String DEAL = "deal";
    static final String DEAL_NAME = "deal-name";
    static final String PLAYBOOK = "playbook";
    static final String STAGE = "stage";

    private final DealStore deals;
    private final ReviewStore reviews;
    private final Playbooks playbooks;
    private final Clock clock;
    private final ReviewWriteBack writeBack;

    /** With {@code writeBack} on, a finished review's verdict, scores and next steps go to the deal in the CRM too. */
    public ReviewFlow(DealStore deals, ReviewStore reviews, Playbooks playbooks, ReviewWriteBack writeBack, Clock clock) {
        this.writeBack = writeBack;
        this.deals = deals;
        this.reviews = reviews;
        this.playbooks = playbooks;
        this.clock = clock;
    }

    /** The start of a review of {@code deal} by {@code speaker}: the deal's headline, what to expect, and the context. */
    public static CommandHandler.StartFlow startFor(Playbook playbook, Speaker speaker, Deal deal) {
        int questions = playbook.questionsFor(deal.stage()).size();
        String owner = deal.ownerId().equals(speaker.id()) ? ""
                : " Owned by " + Markup.literal(speaker.org().person(deal.ownerId()).map(p -> p.name()).orElse(deal.ownerId())) + ".";
        Message intro = Message.text(DealText.headline(deal, speaker.today()) + "\n"
                + "Let's pressure-test it (" + playbook.name() + ", " + questions + " questions; `back` and `cancel` work any time)."
                + owner);
        Map<String, String> context = Map.of(DEAL, deal.id(), DEAL_NAME, deal.name(), PLAYBOOK, playbook.id(), STAGE, deal.stage().name());
        return new CommandHandler.StartFlow(NAME, context, intro);
    }

    /**
     * A review of {@code deal} its owner is asked for by {@code manager}, for {@code why} (the deal's
     * heaviest risk, say): when it is done, the manager is told its verdict.
     */
    public static CommandHandler.StartFlow askedBy(Playbook playbook, Person manager, Deal deal, String why) {
        Map<String, String> context = new java.util.HashMap<>(Map.of(DEAL, deal.id(), DEAL_NAME, deal.name(), PLAYBOOK, playbook.id(),
                STAGE, deal.stage().name()));
        context.put(Coach.ASKED, manager.id());
        Message intro = Message.text(Markup.literal(manager.firstName()) + " asks you to review "
                + Markup.bold(Markup.literal(deal.name())) + " together: " + Markup.literal(why)).then(Message.text(
                "Let's pressure-test it (" + playbook.name() + ", " + playbook.questionsFor(deal.stage()).size()
                        + " questions; `back` and `cancel` work any time). " + Markup.literal(manager.firstName())
                        + " sees the verdict when you finish."));
        return new CommandHandler.StartFlow(NAME, context, intro);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Question> questions(ConversationState state) {
        return playbook(state)
                .map(p -> p.questionsFor(Stage.valueOf(state.context(STAGE))).stream().map(Playbook.ReviewQuestion::question).toList())
                .orElse(List.of());
    }

    @Override
    public String subject(ConversationState state) {
        return "the review of " + Markup.literal(state.context(DEAL_NAME));
    }

    @Override
    public String command(ConversationState state) {
        return "review " + state.context(DEAL);
    }

    @Override
    public Reply finish(ConversationState state, Speaker speaker) {
        Optional<Deal> deal = deals.find(state.context(DEAL));
        Optional<Playbook> playbook = playbook(state);
        if (deal.isEmpty() || playbook.isEmpty()) {
            return new Reply(Message.text(Markup.literal(state.context(DEAL_NAME))
                    + " is no longer in the deal data, so this review was not saved."));
        }
        ReviewOutcome outcome = new ReviewScoring(playbook.get()).score(deal.get(), state.answers(), speaker.today());
        Optional<DealReview> previous = reviews.latest(deal.get().id());
        DealReview review = new DealReview(UUID.randomUUID().toString(), speaker.id(), clock.instant(),
                playbook.get().id(), deal.get(), state.answers(), outcome);
        reviews.save(review);
        Reply reply = new Reply(ReviewSummary.of(playbook.get(), review, previous, speaker));
        List<Outgoing> others = new java.util.ArrayList<>(reply.others());
        writeBack.of(playbook.get(), review).ifPresent(others::add);
        reply = new Reply(reply.message(), others);
        String askedBy = state.context(Coach.ASKED);
        if (askedBy != null && !askedBy.equals(speaker.id())) {
            reply = reply.tell(askedBy, Message.text(Markup.literal(speaker.person().shortName()) + " reviewed "
                    + Markup.bold(Markup.literal(deal.get().name())) + " as you asked: "
                    + outcome.verdict().name().toLowerCase(java.util.Locale.ROOT) + ". Type `deal " + deal.get().id()
                    + "` to see the scores and next steps."));
        }
        return reply;
    }

    private Optional<Playbook> playbook(ConversationState state) {
        return playbooks.find(state.context(PLAYBOOK));
    }
}
