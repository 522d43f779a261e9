package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.CommandLine;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Reply;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewFlow;
import dev.dealcoach.core.store.DealStore;
import java.util.List;
import java.util.Optional;

/**
 * {@code risk review D-1043}: the deal's review, counted as acting on its alert; {@code risk snooze D-1043}: no slip-risk alert for that deal for 7 days; {@code risk dismiss D-1043}:
 * "not a risk", no alert until its facts change. For the deal's owner and anyone above them.
 */
final class RiskCommand implements CommandHandler {

    static final int SNOOZE_DAYS = 7;

    private final DealStore deals;
    private final RiskStore risk;
    private final Playbooks playbooks;

    RiskCommand(DealStore deals, RiskStore risk, Playbooks playbooks) {
        this.deals = deals;
        this.risk = risk;
        this.playbooks = playbooks;
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
        return "`risk snooze <deal id>`: no slip-risk alert on it for 7 days; `risk dismiss <deal id>`: not a risk, until it changes";
    }

    @Override
    public boolean recognises(Speaker speaker, String arguments) {
        CommandLine line = CommandLine.parse(arguments);
        return List.of("snooze", "dismiss", "review").contains(line.name()) && !line.arguments().isBlank();
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        CommandLine line = CommandLine.parse(arguments);
        String id = line.arguments().strip();
        Optional<Deal> deal = deals.find(id).or(() -> deals.find(id.toUpperCase(java.util.Locale.ROOT)));
        if (!List.of("snooze", "dismiss", "review").contains(line.name()) || line.arguments().isBlank()) {
            return new Reply(Message.text("Say `risk review <deal id>`, `risk snooze <deal id>` or `risk dismiss <deal id>`, like "
                    + "`risk snooze D-1043`."));
        }
        if (deal.isEmpty() || !speaker.org().isWithin(deal.get().ownerId(), speaker.id())) {
            return new Reply(Message.text("I don't know a deal " + Markup.literal(line.arguments().strip()) + " in your team."));
        }
        risk.recordActed(speaker.id(), RiskAlerts.quarterKey(speaker.org(), speaker.today()), deal.get().id());
        if (line.name().equals("review")) {
            return ReviewFlow.startFor(playbooks.defaultPlaybook(), speaker, deal.get());
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
}
