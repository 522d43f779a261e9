package dev.dealcoach.core.crm;

import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a CRM's stages and forecast categories (by name in Salesforce, by internal id in HubSpot) map to
 * DealCoach's: each CRM's standard process by default, changed by configuration.
 */
public record CrmMapping(Map<String, Stage> stages, Map<String, ForecastCategory> categories) {

    public static final CrmMapping SALESFORCE = new CrmMapping(ordered(
            "Prospecting", Stage.DISCOVERY, "Qualification", Stage.DISCOVERY,
            "Needs Analysis", Stage.EVALUATION, "Value Proposition", Stage.EVALUATION,
            "Id. Decision Makers", Stage.PROOF, "Perception Analysis", Stage.PROOF,
            "Proposal/Price Quote", Stage.NEGOTIATION, "Negotiation/Review", Stage.CLOSE,
            "Closed Won", Stage.CLOSED_WON, "Closed Lost", Stage.CLOSED_LOST),
            ordered("Pipeline", ForecastCategory.PIPELINE, "Best Case", ForecastCategory.BEST_CASE, "Commit", ForecastCategory.COMMIT,
                    "Omitted", ForecastCategory.OMITTED, "Closed", ForecastCategory.CLOSED));

    public static final CrmMapping HUBSPOT = new CrmMapping(ordered(
            "appointmentscheduled", Stage.DISCOVERY, "qualifiedtobuy", Stage.DISCOVERY,
            "presentationscheduled", Stage.EVALUATION, "decisionmakerboughtin", Stage.PROOF,
            "contractsent", Stage.NEGOTIATION, "closedwon", Stage.CLOSED_WON, "closedlost", Stage.CLOSED_LOST),
            ordered("OMIT", ForecastCategory.OMITTED, "PIPELINE", ForecastCategory.PIPELINE, "BEST_CASE", ForecastCategory.BEST_CASE,
                    "COMMIT", ForecastCategory.COMMIT, "CLOSED", ForecastCategory.CLOSED));

    public CrmMapping {
        stages = Map.copyOf(stages);
        categories = Map.copyOf(categories);
    }

    public Optional<Stage> stage(String crmStage) {
        return Optional.ofNullable(crmStage).map(stages::get);
    }

    public Optional<ForecastCategory> category(String crmCategory) {
        return Optional.ofNullable(crmCategory).map(categories::get);
    }

    /**
     * These defaults with {@code stages} and {@code categories} (CRM name -> DealCoach name, like
     * {@code "Proposal/Price Quote" -> negotiation}) on top.
     *
     * @throws IllegalArgumentException naming every value that is not a stage or a category
     */
    public CrmMapping with(Map<String, String> stages, Map<String, String> categories) {
        List<String> problems = new ArrayList<>();
        Map<String, Stage> allStages = new LinkedHashMap<>(this.stages);
        stages.forEach((crm, ours) -> Stage.parse(ours).ifPresentOrElse(stage -> allStages.put(crm, stage),
                () -> problems.add("stage '" + crm + "' -> '" + ours + "': not one of Discovery, Evaluation, Proof, Negotiation, Close, "
                        + "Closed Won, Closed Lost")));
        Map<String, ForecastCategory> allCategories = new LinkedHashMap<>(this.categories);
        categories.forEach((crm, ours) -> ForecastCategory.parse(ours).ifPresentOrElse(category -> allCategories.put(crm, category),
                () -> problems.add("category '" + crm + "' -> '" + ours + "': not one of Pipeline, Best Case, Commit, Closed, Omitted")));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new CrmMapping(allStages, allCategories);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
