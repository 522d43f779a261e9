package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.CommandLine;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewFlow;
import dev.dealcoach.core.store.DealStore;
import java.util.List;
import java.util.Optional;

/**
 * {@code risk review D-1043}: the deal's review started in its owner's DM (the speaker's own, when it is theirs), counted as acting on its alert; {@code risk snooze D-1043}: no slip-risk alert for that deal for 7 days; {@code risk dismiss D-1043}:
 * "not a risk", no alert until its facts change. For the deal's owner and anyone above them.
 */
final class RiskCommand implements CommandHandler {

    static final int SNOOZE_DAYS = 7;
    private static final String ASKED_BY = "asked-by";

    private final DealStore deals;
    private final RiskStore risk;
    private final Playbooks playbooks;
    private final DealRisk dealRisk;

    RiskCommand(DealStore deals, RiskStore risk, Playbooks playbooks, DealRisk dealRisk) {
        this.deals = deals;
        this.risk = risk;
        this.playbooks = playbooks;
        this.dealRisk = dealRisk;
    }

    @Override
    public List<String> names() {
        return List.of("risk");
    }

    @Override
    public String help(Speaker speaker) {
        return speaker.org().directReports(speaker.id()).isEmpty() ? "" : help();
    }

    @Override
    public String help() {
        return "`risk review <deal id>`: review it with its rep, in their DM; `risk snooze <deal id>`: no slip-risk alert on it for "
                + "7 days; `risk dismiss <deal id>`: not a risk, until it changes; `risk alerts morning` or `each`: your team's alerts "
                + "in one message each morning, or as they come";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        CommandLine line = CommandLine.parse(arguments);
        return List.of("snooze", "dismiss", "review", "alerts").contains(line.name()) && !line.arguments().isBlank();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        CommandLine line = CommandLine.parse(arguments);
        if (line.name().equals("alerts")) {
            return alerts(speaker, line.arguments().strip().toLowerCase(java.util.Locale.ROOT));
        }
        // "D-1043", or "D-1043 asked-by mo" from the button a busy rep was left.
        String[] words = line.arguments().strip().split("\\s+");
        String id = words[0];
        Optional<String> askedBy = words.length == 3 && words[1].equals(ASKED_BY) ? Optional.of(words[2]) : Optional.empty();
        Optional<Deal> deal = deals.find(id).or(() -> deals.find(id.toUpperCase(java.util.Locale.ROOT)));
        if (!List.of("snooze", "dismiss", "review").contains(line.name()) || line.arguments().isBlank()) {
            return new Reply(Message.text("Say `risk review <deal id>`, `risk snooze <deal id>`, `risk dismiss <deal id>` (like "
                    + "`risk snooze D-1043`), or `risk alerts morning` / `risk alerts each`."));
        }
        if (deal.isEmpty() || !speaker.org().isWithin(deal.get().ownerId(), speaker.id())) {
            return new Reply(Message.text("I don't know a deal " + Markup.literal(id) + " in your team."));
        }
        if (line.name().equals("review") && deal.get().ownerId().equals(speaker.id())) {
            return ownReview(speaker, deal.get(), askedBy);
        }
        risk.recordActed(speaker.id(), RiskAlerts.quarterKey(speaker.org(), speaker.today()), deal.get().id());
        if (line.name().equals("review")) {
            return reviewWithOwner(speaker, deal.get());
        }
        if (line.name().equals("snooze")) {
            risk.snooze(deal.get().id(), speaker.today().plusDays(SNOOZE_DAYS));
            return new Reply(Message.text("Snoozed: no slip-risk alert on " + Markup.literal(deal.get().name()) + " until "
                    + Dates.date(speaker.today().plusDays(SNOOZE_DAYS), speaker.today()) + "."));
        }
        risk.dismiss(deal.get().id(), RiskAlerts.facts(deal.get()));
        return new Reply(Message.text("Noted: " + Markup.literal(deal.get().name()) + " is not a risk. I'll say nothing more about it "
                + "until its close date, stage, amount, category, next step or activity changes."));
    }

    /** The owner reviewing their own deal: for the manager who asked (above them in the org), when one did. */
    private Result ownReview(Speaker speaker, Deal deal, Optional<String> askedBy) {
        Optional<Person> manager = askedBy.filter(id -> !id.equals(speaker.id()) && speaker.org().isWithin(speaker.id(), id))
                .flatMap(speaker.org()::person);
        if (manager.isEmpty()) {
            return ReviewFlow.startFor(playbooks.defaultPlaybook(), speaker, deal);
        }
        return ReviewFlow.askedBy(playbooks.defaultPlaybook(), manager.get(), deal, why(speaker, deal));
    }

    private String why(Speaker speaker, Deal deal) {
        RiskAssessment assessment = dealRisk.assess(speaker.org(), deal, speaker.today());
        return assessment.reasons().isEmpty() ? "it was flagged as at risk of slipping." : assessment.reasons().get(0).text();
    }

    /** The review in the owner's DM, the deal's heaviest risk as the reason; a button for later when they are busy. */
    private Result reviewWithOwner(Speaker speaker, Deal deal) {
        Person owner = speaker.org().person(deal.ownerId()).orElseThrow();
        String why = why(speaker, deal);
        Message later = Message.text(Markup.literal(speaker.person().firstName()) + " asks you to review "
                + Markup.literal(deal.name()) + " together: " + Markup.literal(why)).then(Message.of(new Block.Buttons(List.of(
                ActionIds.run("Review " + deal.account(), "risk review " + deal.id() + " " + ASKED_BY + " " + speaker.id(),
                        Block.Style.PRIMARY)))));
        return new CommandHandler.StartFlowFor(owner.id(), ReviewFlow.askedBy(playbooks.defaultPlaybook(), speaker.person(), deal, why),
                "risk-review:" + deal.id() + ":" + speaker.id() + ":" + speaker.today(),
                Message.text("Asked " + Markup.literal(owner.firstName()) + " to review " + Markup.literal(deal.name())
                        + " in their DM; you will see the verdict when they finish."), later);
    }

    /** {@code risk alerts morning}: held for one message each morning; {@code risk alerts each}: as they come, with what was held listed now. */
    private Reply alerts(Speaker speaker, String how) {
        if (speaker.org().directReports(speaker.id()).isEmpty()) {
            return new Reply(Message.text("Slip-risk alerts go to managers; you see your own deals at risk on your home page."));
        }
        if (how.equals("morning")) {
            risk.morningDigest(speaker.id(), true);
            return new Reply(Message.text("From now on your team's slip-risk alerts wait for one message each working morning, from "
                    + RiskAlerts.MORNING + " your time. `risk alerts each` to get them as they come."));
        }
        if (!how.equals("each")) {
            return new Reply(Message.text("Say `risk alerts morning` (one message each morning) or `risk alerts each` (as they come)."));
        }
        risk.morningDigest(speaker.id(), false);
        java.util.Set<String> held = risk.takeHeld(speaker.id());
        List<String> waiting = held.stream().map(deals::find).flatMap(Optional::stream).filter(d -> d.stage().isOpen())
                .map(d -> "- " + Markup.literal(d.name()) + " (`risk review " + d.id() + "`)").sorted().toList();
        String text = "From now on your team's slip-risk alerts come as they happen.";
        return new Reply(waiting.isEmpty() ? Message.text(text)
                : Message.text(text + " These were waiting for your next morning digest:\n" + String.join("\n", waiting)));
    }
}
