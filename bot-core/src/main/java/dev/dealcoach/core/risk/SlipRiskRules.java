package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.DealTrack;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.review.DealReview;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slip-risk rules: the bundled ones ({@code risk/slip-risk.yml}), changed by an org's own file
 * when one is given, and the levels their scores fall into. Only open deals are assessed: a closed
 * one has nothing left to slip.
 */
public final class SlipRiskRules {

    private static final String BUNDLED = "/risk/slip-risk.yml";

    private final List<RiskRule> rules;
    private final RiskLevels levels;

    public SlipRiskRules(List<RiskRule> rules, RiskLevels levels) {
        this.rules = List.copyOf(rules);
        this.levels = levels;
    }

    /** The bundled rules; {@code elements} are the review elements rules may name. */
    public static SlipRiskRules bundled(Set<String> elements) {
        return load(null, elements);
    }

    /** The bundled rules, then {@code orgFile}'s (when given): same id replaces, {@code off: true} removes, new ids add. */
    public static SlipRiskRules load(Path orgFile, Set<String> elements) {
        RiskRuleReader reader = new RiskRuleReader(elements);
        RiskRuleReader.RuleFile bundled;
        try (InputStream in = SlipRiskRules.class.getResourceAsStream(BUNDLED);
             Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            bundled = reader.read("classpath:" + BUNDLED, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, RiskRule> byId = new LinkedHashMap<>();
        bundled.rules().forEach(rule -> byId.put(rule.id(), rule));
        RiskLevels levels = bundled.levels().orElse(RiskLevels.DEFAULT);
        if (orgFile != null) {
            RiskRuleReader.RuleFile own;
            try (Reader text = Files.newBufferedReader(orgFile, StandardCharsets.UTF_8)) {
                own = reader.read(orgFile.toString(), text);
            } catch (IOException e) {
                throw new RiskRulesException(List.of(orgFile + ": cannot read the slip-risk rules: " + e.getMessage()));
            }
            List<String> unknown = own.off().stream().filter(id -> !byId.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                throw new RiskRulesException(unknown.stream().map(id -> orgFile + ": rule '" + id + "' is turned off but there is no "
                        + "such bundled rule (bundled: " + String.join(", ", byId.keySet()) + ")").toList());
            }
            own.off().forEach(byId::remove);
            own.rules().forEach(rule -> byId.put(rule.id(), rule));
            levels = own.levels().orElse(levels);
        }
        return new SlipRiskRules(new ArrayList<>(byId.values()), levels);
    }

    public List<RiskRule> rules() {
        return rules;
    }

    /** Without history: what the deal and its latest review say alone. */
    public RiskAssessment assess(Deal deal, Optional<DealReview> latest, LocalDate today) {
        return assess(deal, latest, new DealHistory(deal, List.of()), null, today);
    }

    /** With the deal's history: pushes, stage age, amount drops and a downgrade from Commit in {@code quarter}. */
    public RiskAssessment assess(Deal deal, Optional<DealReview> latest, DealHistory history, FiscalQuarter quarter, LocalDate today) {
        List<RiskReason> reasons = new ArrayList<>();
        if (!deal.stage().isOpen()) {
            return RiskAssessment.of(deal, reasons, levels);
        }
        RiskFacts facts = new RiskFacts(deal, today, latest, quarter == null ? DealTrack.NONE
                : history.track(quarter, today));
        for (RiskRule rule : rules) {
            if (rule.when().test(facts)) {
                reasons.add(new RiskReason(rule.id(), rule.weight(), RiskText.fill(rule.reason(), facts), RiskText.fill(rule.ask(), facts)));
            }
        }
        return RiskAssessment.of(deal, reasons, levels);
    }
}
