package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.HomeSection;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.conversation.TextCut;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.DealStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deals part of the home page: open deals that are overdue (their close date passed) and those
 * closing later this fiscal quarter, the biggest first. Someone without reports sees their own, each
 * with its latest verdict and top gap and a button to review it. A manager or director sees every
 * team below them, at any depth, headed by the team's manager: one line a deal with its owner and
 * verdict, and a pick list to review any of them. Long lists are folded so a phone shows it whole.
 */
final class DealsHomeSection implements HomeSection {

    /** Deals shown of each list (overdue, closing), of each team; the rest are counted. */
    static final int TOP = 5;
    /**
     * Teams shown. A team takes one text and one pick list, so with the heading and the fold note the
     * section stays well inside Slack's 100 blocks for a home view.
     */
    static final int MAX_TEAMS = 20;
    private static final int MAX_NAME = 80;
    private static final String DOT = "  ·  ";

    private final DealStore deals;
    private final ReviewStore reviews;

    DealsHomeSection(DealStore deals, ReviewStore reviews) {
        this.deals = deals;
        this.reviews = reviews;
    }

    /** The overdue deals and those closing later this quarter, each biggest first. */
    private record Due(List<Deal> overdue, List<Deal> closing) {

        // Amounts in different currencies are compared by their number: no exchange rates are known,
        // and this only decides which deals a short list shows first.
        private static final Comparator<Deal> BIGGEST_FIRST = Comparator.comparing((Deal d) -> d.amount().amount())
                .reversed().thenComparing(Deal::closeDate).thenComparing(Deal::id);

        static Due of(List<Deal> deals, LocalDate today, FiscalQuarter quarter) {
            List<Deal> open = deals.stream().filter(d -> d.stage().isOpen()).sorted(BIGGEST_FIRST).toList();
            return new Due(open.stream().filter(d -> d.closeDate().isBefore(today)).toList(),
                    open.stream().filter(d -> !d.closeDate().isBefore(today) && !d.closeDate().isAfter(quarter.end())).toList());
        }

        boolean isEmpty() {
            return overdue.isEmpty() && closing.isEmpty();
        }

        List<Deal> all() {
            return Stream.concat(overdue.stream(), closing.stream()).toList();
        }
    }

    @Override
    public List<Block> render(Speaker speaker) {
        FiscalQuarter quarter = speaker.org().calendar().quarterOf(speaker.today());
        List<Deal> visible = DealAccess.visible(speaker, deals.all());
        if (speaker.org().directReports(speaker.id()).isEmpty()) {
            return own(speaker, Due.of(visible, speaker.today(), quarter), quarter);
        }
        return teams(speaker, visible, quarter);
    }

    private List<Block> own(Speaker speaker, Due due, FiscalQuarter quarter) {
        List<Block> blocks = new ArrayList<>();
        if (!due.overdue().isEmpty()) {
            blocks.add(new Block.Heading("Your overdue deals"));
            cards(blocks, due.overdue(), speaker.today());
        }
        blocks.add(new Block.Heading("Your deals closing in " + quarter.label()));
        if (due.closing().isEmpty()) {
            blocks.add(new Block.Text("No open deals close this quarter. Type `review` in a message to me to review any open deal."));
        }
        cards(blocks, due.closing(), speaker.today());
        return blocks;
    }

    /** A deal's headline, its last review and a button to review it, for the first {@link #TOP}; the rest counted. */
    private void cards(List<Block> blocks, List<Deal> list, LocalDate today) {
        for (Deal deal : list.subList(0, Math.min(list.size(), TOP))) {
            blocks.add(new Block.Text(DealText.headline(deal, today) + "\n" + lastReview(deal)));
            blocks.add(new Block.Buttons(List.of(ActionIds.run("Review", "review " + deal.id(), Block.Style.DEFAULT))));
        }
        if (list.size() > TOP) {
            blocks.add(new Block.Note("And " + (list.size() - TOP) + " more, smaller: type `review` in a message to me to pick any of them."));
        }
    }

    private List<Block> teams(Speaker speaker, List<Deal> visible, FiscalQuarter quarter) {
        Map<String, Due> byTeam = byTeam(speaker, visible, quarter);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(byTeam.size() == 1 ? "Your team's deals" : "Your teams' deals"));
        if (byTeam.isEmpty()) {
            blocks.add(new Block.Text("Nothing in your team is overdue or closes in " + quarter.label()
                    + ". Type `review` in a message to me to review any open deal."));
        }
        byTeam.entrySet().stream().limit(MAX_TEAMS).forEach(team -> {
            String name = teamName(speaker, team.getKey());
            blocks.add(new Block.Text(teamText(speaker, name, team.getValue(), quarter)));
            blocks.add(new Block.Choice(ActionIds.RUN, "Review a deal of " + (team.getKey().equals(speaker.id()) ? "your team" : name),
                    team.getValue().all().stream().map(d -> new Block.Option("review " + d.id(), DealText.label(d))).toList()));
        });
        if (byTeam.size() > MAX_TEAMS) {
            blocks.add(new Block.Note("And " + (byTeam.size() - MAX_TEAMS)
                    + " more teams: type `review` in a message to me to pick any of their deals."));
        }
        return blocks;
    }

    /**
     * The deals due of each team with any, in org order from the speaker down. A deal is in the team of
     * its owner's manager, or in its owner's own team when the owner leads one.
     */
    private static Map<String, Due> byTeam(Speaker speaker, List<Deal> visible, FiscalQuarter quarter) {
        Org org = speaker.org();
        Map<String, List<Deal>> dealsOf = new LinkedHashMap<>();
        Stream.concat(Stream.of(speaker.person()), org.below(speaker.id()).stream())
                .forEach(person -> dealsOf.put(person.id(), new ArrayList<>()));
        for (Deal deal : visible) {
            dealsOf.computeIfAbsent(teamOf(org, deal.ownerId()), k -> new ArrayList<>()).add(deal);
        }
        Map<String, Due> due = new LinkedHashMap<>();
        dealsOf.forEach((lead, list) -> {
            Due teamDue = Due.of(list, speaker.today(), quarter);
            if (!teamDue.isEmpty()) {
                due.put(lead, teamDue);
            }
        });
        return due;
    }

    private static String teamOf(Org org, String ownerId) {
        if (!org.directReports(ownerId).isEmpty()) {
            return ownerId;
        }
        return org.person(ownerId).flatMap(Person::manager).orElse(ownerId);
    }

    private static String teamName(Speaker speaker, String lead) {
        return lead.equals(speaker.id()) ? "Your team"
                : speaker.org().person(lead).map(Person::name).orElse(lead) + "'s team";
    }

    /**
     * {@code *Mo Chen's team*  ·  2 overdue  ·  11 closing in Q4 FY27}, then a line a deal under
     * "Overdue" and "Closing in Q4 FY27", the first {@link #TOP} of each.
     */
    private String teamText(Speaker speaker, String name, Due due, FiscalQuarter quarter) {
        String closingIn = "closing in " + quarter.label();
        StringBuilder text = new StringBuilder(Markup.bold(Markup.literal(name)));
        if (!due.overdue().isEmpty()) {
            text.append(DOT).append(due.overdue().size()).append(" overdue");
        }
        text.append(DOT).append(due.closing().size()).append(' ').append(closingIn);
        lines(text, speaker, "Overdue", due.overdue(), "overdue");
        lines(text, speaker, "Closing in " + quarter.label(), due.closing(), closingIn);
        return text.toString();
    }

    private void lines(StringBuilder text, Speaker speaker, String title, List<Deal> list, String what) {
        if (list.isEmpty()) {
            return;
        }
        text.append("\n").append(Markup.bold(title));
        for (Deal deal : list.subList(0, Math.min(list.size(), TOP))) {
            text.append("\n- ").append(line(speaker, deal));
        }
        if (list.size() > TOP) {
            text.append("\n_and ").append(list.size() - TOP).append(" more ").append(what).append("_");
        }
    }

    /** {@code *Globex Freight - Platform*  ·  $240k  ·  Negotiation  ·  Dec 12 (19 days)  ·  Ria Patel  ·  DEVELOP}. */
    private String line(Speaker speaker, Deal deal) {
        LocalDate today = speaker.today();
        String when = deal.closeDate().isBefore(today) ? overdue(ChronoUnit.DAYS.between(deal.closeDate(), today))
                : Dates.withDistance(deal.closeDate(), today);
        String owner = speaker.org().person(deal.ownerId()).map(Person::name).orElse(deal.ownerId());
        String verdict = reviews.latest(deal.id()).map(r -> Markup.bold(r.outcome().verdict().name())).orElse("not reviewed");
        return Markup.bold(Markup.literal(TextCut.first(deal.name(), MAX_NAME))) + DOT + Amounts.brief(deal.amount()) + DOT
                + deal.stage().label() + DOT + when + DOT + Markup.literal(owner) + DOT + verdict;
    }

    private static String overdue(long days) {
        return days == 1 ? "1 day overdue" : days + " days overdue";
    }

    private String lastReview(Deal deal) {
        Optional<DealReview> latest = reviews.latest(deal.id());
        if (latest.isEmpty()) {
            return "Not reviewed yet.";
        }
        ReviewOutcome outcome = latest.get().outcome();
        String gap = outcome.topGap().map(top -> " · top gap: " + Markup.literal(top)).orElse("");
        return "Last review: " + Markup.bold(outcome.verdict().name()) + gap;
    }
}
