package dev.dealcoach.core.risk;

import dev.dealcoach.core.conversation.ActionIds;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Markup;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.format.Dates;
import dev.dealcoach.core.model.AlertChannels;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.OrgStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates every open deal and tells the owner's manager, once, when a deal enters "at risk" or
 * "likely to slip" or gets worse there (a higher level, or a reason it did not have). A deal that
 * gets better is not announced, and one back under "at risk" is alerted again if it returns.
 */
public final class RiskAlerts {

    /**
     * One alert due: the deal, its level, whom it is for, whether it was folded into the day's digest
     * message because the manager already had {@link #DAILY_CAP} alerts that day, and whether it is held
     * for the manager's morning digest.
     */
    public record Alert(String dealId, RiskLevel level, String to, boolean folded, boolean held) {
    }

    /** Single alerts a manager gets in a day; more fold into one message per evaluation. */
    public static final int DAILY_CAP = 5;
    /** A manager who chose the morning digest gets it at the first evaluation from this local time on a working day, before {@link #MORNING_ENDS}. */
    public static final LocalTime MORNING = LocalTime.of(8, 0);
    static final LocalTime MORNING_ENDS = LocalTime.of(11, 0);
    private static final int MORNING_BUTTONS = 3;

    /** A due alert, before the cap decides whether it goes alone. */
    private record Due(RiskAssessment assessment, Person owner, Person to, String state, LocalDate today) {
    }

    /** What one evaluation did. */
    public record Report(int evaluated, Map<RiskLevel, Integer> levels, List<Alert> alerts) {
    }

    private final OrgStore orgs;
    private final DealStore deals;
    private final DealRisk dealRisk;
    private final RiskStore risk;
    private final Outreach outreach;

    public RiskAlerts(OrgStore orgs, DealStore deals, DealRisk dealRisk, RiskStore risk, Outreach outreach) {
        this.orgs = orgs;
        this.deals = deals;
        this.dealRisk = dealRisk;
        this.risk = risk;
        this.outreach = outreach;
    }

    /** Every open deal evaluated at {@code at}: the alerts now due sent (or held for a morning digest), and the morning digests due. */
    public Report evaluate(Instant at) {
        Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
        Arrays.stream(RiskLevel.values()).forEach(level -> levels.put(level, 0));
        List<Alert> alerts = new ArrayList<>();
        Optional<Org> org = orgs.load();
        if (org.isEmpty()) {
            return new Report(0, levels, alerts);
        }
        int evaluated = 0;
        Map<String, List<Due>> due = new LinkedHashMap<>();
        Map<String, Person> owners = new HashMap<>();
        List<Deal> unsilenced = new ArrayList<>();
        for (Deal deal : deals.all()) {
            Optional<Person> owner = org.get().person(deal.ownerId());
            if (!deal.stage().isOpen() || owner.isEmpty()) {
                continue;
            }
            evaluated++;
            owners.put(deal.ownerId(), owner.get());
            if (!silenced(deal, today(owner.get(), at))) {
                unsilenced.add(deal);
            }
        }
        for (RiskAssessment assessment : dealRisk.assess(org.get(), unsilenced, deal -> today(owners.get(deal.ownerId()), at))) {
            Deal deal = assessment.deal();
            levels.merge(assessment.level(), 1, Integer::sum);
            if (assessment.level().compareTo(RiskLevel.AT_RISK) < 0) {
                risk.alerted(deal.id()).ifPresent(previous -> risk.clear(deal.id()));
                continue;
            }
            String state = state(assessment);
            Optional<String> previous = risk.alerted(deal.id());
            if (previous.filter(state::equals).isPresent()) {
                continue;
            }
            boolean worse = previous.map(p -> worse(p, assessment)).orElse(true);
            if (risk.markAlerted(deal.id(), state) && worse) {
                Person owner = owners.get(deal.ownerId());
                Person to = owner.manager().flatMap(org.get()::person).orElse(owner);
                due.computeIfAbsent(to.id(), id -> new ArrayList<>()).add(new Due(assessment, owner, to, state, today(owner, at)));
            }
        }
        Set<String> morning = due.isEmpty() ? Set.of() : risk.morningDigestManagers();
        for (List<Due> forOne : due.values()) {
            Person to = forOne.get(0).to();
            boolean hold = morning.contains(to.id()) || (onlyDm(org.get(), to) && offHours(org.get(), to, at.atZone(to.timeZone())));
            send(org.get(), forOne, hold, alerts);
        }
        alerts.addAll(morningDigests(at));
        return new Report(evaluated, levels, alerts);
    }

    private static LocalDate today(Person person, Instant at) {
        return at.atZone(person.timeZone()).toLocalDate();
    }

    /**
     * A manager's due alerts: held for their morning digest (they chose it, or it would ping their DM
     * out of hours), else worst (then biggest) first, each alone up to the day's cap, the rest in one message.
     */
    private void send(Org org, List<Due> forOne, boolean heldForMorning, List<Alert> alerts) {
        if (heldForMorning) {
            for (Due one : forOne) {
                risk.hold(one.to().id(), one.assessment().deal().id());
                alerts.add(new Alert(one.assessment().deal().id(), one.assessment().level(), one.to().id(), false, true));
            }
            return;
        }
        // Worst first, and of equal scores the biggest deals: they are the ones that go alone.
        List<Due> sorted = forOne.stream().sorted(Comparator.comparingInt((Due d) -> d.assessment().score()).reversed()
                .thenComparing((Due d) -> d.assessment().deal().amount().amount(), Comparator.reverseOrder())).toList();
        List<Due> folded = new ArrayList<>();
        for (Due one : sorted) {
            if (risk.countAlert(one.to().id(), one.today()) > DAILY_CAP) {
                folded.add(one);
                continue;
            }
            Message message = message(one.assessment(), one.owner(), one.today());
            post(org, one.to(), "risk:" + one.assessment().deal().id() + ":" + one.state(), message);
            risk.recordAlerted(one.to().id(), quarterKey(org, one.today()), one.assessment().deal().id());
            alerts.add(new Alert(one.assessment().deal().id(), one.assessment().level(), one.to().id(), false, false));
        }
        if (folded.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Due one : folded) {
            RiskAssessment a = one.assessment();
            lines.add("- " + Markup.literal(a.deal().name()) + " · " + Amounts.brief(a.deal().amount()) + " · " + a.level().label() + " · "
                    + Markup.literal(one.owner().shortName()) + ": " + Markup.literal(a.reasons().get(0).text()));
            alerts.add(new Alert(a.deal().id(), a.level(), one.to().id(), true, false));
            risk.recordAlerted(one.to().id(), quarterKey(org, one.today()), a.deal().id());
        }
        Message digest = Message.of(new Block.Text("⚠ " + folded.size() + " more deal" + (folded.size() == 1 ? "" : "s")
                + " at risk (you have had " + DAILY_CAP + " alerts today):"), new Block.Text(String.join("\n", lines)),
                new Block.Note("`risk snooze <deal id>` or `risk dismiss <deal id>` for any of them; `review <deal id>` to dig in."));
        String key = "risk-digest:" + folded.get(0).to().id() + ":" + folded.get(0).today() + ":"
                + String.join(",", folded.stream().map(d -> d.assessment().deal().id() + "=" + d.state()).toList()).hashCode();
        post(org, folded.get(0).to(), key, digest);
    }

    /** No alert channel: alerts go to the manager's DM. */
    private static boolean onlyDm(Org org, Person manager) {
        AlertChannels channels = org.alertChannels().get(manager.id());
        return channels == null || !channels.any();
    }

    /** In the org's quiet hours, or not a working day (a day off or a holiday) for them. */
    private static boolean offHours(Org org, Person person, ZonedDateTime local) {
        return org.checkIns().quietHours().contains(local.toLocalTime()) || !workingDay(org, person, local);
    }

    private static boolean workingDay(Org org, Person person, ZonedDateTime local) {
        return org.checkIns().workingDays(person.id()).contains(local.getDayOfWeek())
                && !org.checkIns().holiday(local.toLocalDate(), person.timeZone());
    }

    /**
     * The morning digests due at {@code at}: to each manager with alerts held (they chose the digest, or
     * they came to their DM out of hours) whose local time is in the morning ({@link #MORNING} to
     * {@link #MORNING_ENDS}) of a working day, once a day, the held deals still at risk, worst first.
     * Deals held after that day's digest went out wait for the next.
     */
    private List<Alert> morningDigests(Instant at) {
        Optional<Org> org = orgs.load();
        List<Alert> sent = new ArrayList<>();
        if (org.isEmpty()) {
            return sent;
        }
        Set<String> chose = risk.morningDigestManagers();
        for (Person manager : org.get().people()) {
            ZonedDateTime local = at.atZone(manager.timeZone());
            boolean mayHold = chose.contains(manager.id()) || (!org.get().directReports(manager.id()).isEmpty() && onlyDm(org.get(), manager));
            if (!mayHold || local.toLocalTime().isBefore(MORNING) || !local.toLocalTime().isBefore(MORNING_ENDS)
                    || !workingDay(org.get(), manager, local)) {
                continue;
            }
            Set<String> held = risk.takeHeld(manager.id());
            if (!held.isEmpty()) {
                morningDigest(org.get(), manager, held, chose.contains(manager.id()), at, sent);
            }
        }
        return sent;
    }

    private void morningDigest(Org org, Person manager, Set<String> held, boolean chose, Instant at, List<Alert> sent) {
        LocalDate today = today(manager, at);
        List<Deal> still = held.stream().map(deals::find).flatMap(Optional::stream)
                .filter(deal -> deal.stage().isOpen() && org.person(deal.ownerId()).isPresent() && !silenced(deal, today)).toList();
        List<RiskAssessment> atRisk = dealRisk.assess(org, still, deal -> today(org.person(deal.ownerId()).orElseThrow(), at)).stream()
                .filter(a -> a.level().compareTo(RiskLevel.AT_RISK) >= 0)
                .sorted(Comparator.comparingInt(RiskAssessment::score).reversed()
                        .thenComparing((RiskAssessment a) -> a.deal().amount().amount(), Comparator.reverseOrder())).toList();
        if (atRisk.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        List<Block.Button> buttons = new ArrayList<>();
        for (RiskAssessment a : atRisk) {
            Person owner = org.person(a.deal().ownerId()).orElseThrow();
            lines.add("- " + Markup.literal(a.deal().name()) + " · " + Amounts.brief(a.deal().amount()) + " · " + a.level().label()
                    + " · " + Markup.literal(owner.shortName()) + ": " + Markup.literal(a.reasons().get(0).text()));
            if (buttons.size() < MORNING_BUTTONS) {
                buttons.add(ActionIds.run("Review " + a.deal().account() + " with " + owner.firstName(), "risk review " + a.deal().id(),
                        buttons.isEmpty() ? Block.Style.PRIMARY : Block.Style.DEFAULT));
            }
        }
        String why = chose ? "`risk alerts each` to get them as they come." : "They came out of your working hours, so they waited.";
        Message digest = Message.of(new Block.Text("⚠ Good morning, " + Markup.literal(manager.firstName()) + ": " + atRisk.size()
                        + " deal" + (atRisk.size() == 1 ? "" : "s") + " in your team at risk of slipping, worst first:"),
                new Block.Text(String.join("\n", lines)), new Block.Buttons(buttons),
                new Block.Note("`risk snooze <deal id>` or `risk dismiss <deal id>` for any of them. " + why));
        if (!post(org, manager, "risk-morning:" + manager.id() + ":" + today, digest)) {
            // Today's digest went out before: these wait for the next one.
            held.forEach(id -> risk.hold(manager.id(), id));
            return;
        }
        for (RiskAssessment a : atRisk) {
            risk.recordAlerted(manager.id(), quarterKey(org, today), a.deal().id());
            sent.add(new Alert(a.deal().id(), a.level(), manager.id(), true, false));
        }
    }

    /** {@code FY27-Q4}: the quarter alerts and actions on them are counted in. */
    public static String quarterKey(Org org, LocalDate date) {
        return org.calendar().quarterOf(date).key();
    }

    /** False when everything under {@code key} was queued before. */
    private boolean post(Org org, Person to, String key, Message message) {
        return outreach.send(key, destinations(org, to).stream().map(place -> (Outgoing) new Outgoing.Send(place, message)).toList());
    }

    /** The manager's alert channels from the org file, else their DM. */
    private static List<Destination> destinations(Org org, Person manager) {
        AlertChannels channels = org.alertChannels().get(manager.id());
        if (channels == null || !channels.any()) {
            return List.of(Destination.dm(manager.id()));
        }
        List<Destination> to = new ArrayList<>();
        if (channels.slack() != null) {
            to.add(new Destination.Channel(Platform.SLACK, channels.slack()));
        }
        if (channels.teams() != null) {
            to.add(new Destination.Channel(Platform.TEAMS, channels.teams()));
        }
        if (channels.playground() != null) {
            to.add(new Destination.Channel(Platform.PLAYGROUND, channels.playground()));
        }
        return to;
    }

    /** Snoozed up to today, or called "not a risk" with the facts it still has. */
    private boolean silenced(Deal deal, LocalDate today) {
        if (risk.snoozedUntil(deal.id()).filter(until -> !until.isBefore(today)).isPresent()) {
            return true;
        }
        return risk.dismissed(deal.id()).filter(facts(deal)::equals).isPresent();
    }

    /** What a "not a risk" holds for: the deal's close date, stage, amount, category, next step and last activity. */
    public static String facts(Deal deal) {
        return String.join("|", deal.closeDate().toString(), deal.stage().name(), deal.amount().toString(), deal.forecastCategory().name(),
                deal.nextStep() == null ? "" : deal.nextStep(), String.valueOf(deal.lastActivityDate()));
    }

    /** {@code AT_RISK:close-passed,stale}: the level and the rules that hold, in a fixed order. */
    static String state(RiskAssessment assessment) {
        return assessment.level().name() + ":" + String.join(",", new TreeSet<>(assessment.reasons().stream().map(RiskReason::rule).toList()));
    }

    /** A higher level than in {@code previous}, or a rule that did not hold then. */
    private static boolean worse(String previous, RiskAssessment now) {
        String[] parts = previous.split(":", 2);
        RiskLevel before = RiskLevel.valueOf(parts[0]);
        Set<String> rulesBefore = Set.of(parts.length > 1 && !parts[1].isEmpty() ? parts[1].split(",") : new String[0]);
        return now.level().compareTo(before) > 0 || now.reasons().stream().anyMatch(r -> !rulesBefore.contains(r.rule()));
    }

    private static Message message(RiskAssessment assessment, Person owner, LocalDate today) {
        Deal deal = assessment.deal();
        String level = assessment.level() == RiskLevel.LIKELY_TO_SLIP ? "Likely to slip" : "At risk";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text("⚠ " + level + ": " + Markup.literal(deal.name()) + " · " + Amounts.full(deal.amount()) + " · "
                + deal.forecastCategory().label() + " · closes " + Dates.date(deal.closeDate(), today) + " · " + Markup.literal(owner.shortName())));
        blocks.add(new Block.Text(String.join(" ", assessment.reasons().stream().map(r -> Markup.literal(r.text())).toList())));
        blocks.add(new Block.Text("Ask " + Markup.literal(owner.firstName()) + ": \"" + Markup.literal(assessment.reasons().get(0).ask())
                + "\""));
        blocks.add(new Block.Buttons(List.of(ActionIds.run("Review with " + owner.firstName(), "risk review " + deal.id(), Block.Style.PRIMARY),
                ActionIds.run("Snooze 7 days", "risk snooze " + deal.id(), Block.Style.DEFAULT),
                ActionIds.run("Not a risk", "risk dismiss " + deal.id(), Block.Style.DEFAULT))));
        return new Message(blocks);
    }
}
