package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.review.Playbooks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An alert is sent once per risk state even when the app restarts in between: what was alerted is kept in Redis. */
class RiskAlertsAcrossRestartsTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    private final MutableClock clock = MutableClock.at("2026-12-01T15:00:00Z");

    /** One app's slip-risk alerts over its own connection to the shared Redis. */
    private RiskAlerts app(RedisStores stores) {
        return new RiskAlerts(stores.org(), stores.deals(), new DealRisk(stores.reviews(), stores.dealHistory(),
                SlipRiskRules.bundled(Playbooks.bundled().elementIds())), stores.risk(),
                new Outreach(DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock), stores.outbox(), clock));
    }

    private static Deal deal(String nextStep, LocalDate close) {
        return new Deal("D-7", "Umbrella Health - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, close, nextStep, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20));
    }

    @Test
    void theSameStateIsNotAlertedAgainAfterARestartAndAWorseOneIs() {
        try (RedisStores first = RedisStores.connect(REDIS.settings("restarts:"))) {
            new DataImport(first).importDemo(clock);
            first.deals().replaceAll(List.of(deal("", LocalDate.of(2026, 11, 16))));
            assertThat(app(first).evaluate(clock.instant()).alerts()).extracting(RiskAlerts.Alert::dealId).containsExactly("D-7");
        }
        try (RedisStores afterRestart = RedisStores.connect(REDIS.settings("restarts:"))) {
            RiskAlerts alerts = app(afterRestart);
            assertThat(alerts.evaluate(clock.instant()).alerts()).as("same state, new process").isEmpty();

            afterRestart.deals().save(new Deal("D-7", "Umbrella Health - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"),
                    Stage.PROOF, ForecastCategory.COMMIT, LocalDate.of(2026, 11, 16), "", null, LocalDate.of(2026, 9, 1)));
            assertThat(alerts.evaluate(clock.instant()).alerts()).as("stale too now: worse")
                    .extracting(RiskAlerts.Alert::level).containsExactly(RiskLevel.LIKELY_TO_SLIP);
        }
    }
}
