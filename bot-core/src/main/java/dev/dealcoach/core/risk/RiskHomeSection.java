package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.store.DealStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rep's own deals at risk or likely to slip, on their home page, worst first, each with its
 * heaviest reason and a button to review it: what their manager is told, they see too.
 */
final class RiskHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final DealStore deals;
    private final DealRisk dealRisk;

    RiskHomeSection(DealStore deals, DealRisk dealRisk) {
        this.deals = deals;
        this.dealRisk = dealRisk;
    }

    @Override
    public List<Block> render(Speaker speaker) {
        if (!speaker.org().directReports(speaker.id()).isEmpty()) {
            return List.of();
        }
        List<RiskAssessment> risky = dealRisk.assess(speaker.org(), deals.ownedBy(speaker.id()), deal -> speaker.today()).stream()
                .filter(a -> a.level().compareTo(RiskLevel.AT_RISK) >= 0)
                .sorted(Comparator.comparingInt(RiskAssessment::score).reversed())
                .toList();
        if (risky.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("At risk of slipping"));
        List<String> lines = new ArrayList<>();
        List<Block.Button> buttons = new ArrayList<>();
        for (RiskAssessment a : risky.subList(0, Math.min(SHOWN, risky.size()))) {
            lines.add("- " + Markup.literal(a.deal().name()) + " · " + Amounts.brief(a.deal().amount()) + " · " + a.level().label() + ": "
                    + Markup.literal(a.reasons().get(0).text()));
            buttons.add(ActionIds.run("Review " + a.deal().account(), "review " + a.deal().id(), Block.Style.DEFAULT));
        }
        if (risky.size() > SHOWN) {
            lines.add("and " + (risky.size() - SHOWN) + " more");
        }
        blocks.add(new Block.Text(String.join("\n", lines)));
        blocks.add(new Block.Buttons(buttons));
        return blocks;
    }
}
