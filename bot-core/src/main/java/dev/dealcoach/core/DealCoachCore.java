package dev.dealcoach.core;

import dev.dealcoach.core.privacy.Retention;
import java.time.Duration;
import dev.dealcoach.core.activity.Activities;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.conversation.HomePage;
import dev.dealcoach.core.forecast.Forecasts;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.review.DealReviews;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewWriteBack;
import dev.dealcoach.core.risk.DealRisk;
import dev.dealcoach.core.risk.SlipRisk;
import dev.dealcoach.core.risk.SlipRiskRules;
import dev.dealcoach.core.schedule.CheckInSettings;
import dev.dealcoach.core.settings.Settings;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;
import java.util.List;

/** Puts the core together: the engine with every feature DealCoach has. */
public final class DealCoachCore {

    private DealCoachCore() {
    }

    public static List<Feature> features(Stores stores, ContactStore contacts, Playbooks playbooks, Clock clock) {
        return features(stores, contacts, playbooks, SlipRiskRules.bundled(playbooks.elementIds()), ReviewWriteBack.OFF, clock);
    }

    public static List<Feature> features(Stores stores, ContactStore contacts, Playbooks playbooks, SlipRiskRules riskRules,
                                         ReviewWriteBack writeBack, Clock clock) {
        DealRisk dealRisk = new DealRisk(stores.reviews(), stores.dealHistory(), riskRules);
        return List.of(
                new DealReviews(stores.deals(), stores.reviews(), playbooks, dealRisk, writeBack, clock),
                new Forecasts(stores.deals(), stores.dealTotals(), stores.forecasts(), clock),
                new Activities(stores.activity(), stores.dealTotals()),
                new SlipRisk(stores.deals(), stores.risk(), playbooks, dealRisk),
                new CheckInSettings(stores.preferences(), stores.forecasts(), stores.activity(), stores.risk(), clock),
                new Settings(contacts, stores.preferences()));
    }

    public static Coach coach(Stores stores, ContactStore contacts, Playbooks playbooks, Clock clock) {
        return coach(stores, contacts, playbooks, SlipRiskRules.bundled(playbooks.elementIds()), ReviewWriteBack.OFF,
                Retention.DEFAULTS.conversations(), clock);
    }

    /**
     * @param writeBack            the CRM fields a finished review writes ({@link ReviewWriteBack#OFF}: none)
     * @param conversationsKeptFor how long a conversation no one answers is kept ({@link Retention#conversations})
     */
    public static Coach coach(Stores stores, ContactStore contacts, Playbooks playbooks, SlipRiskRules riskRules, ReviewWriteBack writeBack,
                              Duration conversationsKeptFor, Clock clock) {
        List<Feature> features = features(stores, contacts, playbooks, riskRules, writeBack, clock);
        return new Coach(stores.org(), stores.conversations(), stores.idempotency(),
                features.stream().flatMap(f -> f.commands().stream()).toList(),
                features.stream().flatMap(f -> f.flows().stream()).toList(),
                new HomePage(features.stream().flatMap(f -> f.homeSections().stream()).toList()),
                conversationsKeptFor, clock);
    }
}
