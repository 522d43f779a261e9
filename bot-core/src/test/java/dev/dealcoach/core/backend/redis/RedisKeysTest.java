package dev.dealcoach.core.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The key layout: unchanged on one server, and on a cluster one slot for the keys a script touches together. */
class RedisKeysTest {

    private final RedisKeys server = new RedisKeys("dc:");
    private final RedisKeys cluster = new RedisKeys("dc:", true);

    @Test
    void onOneServerTheNamesAreThoseEarlierVersionsWrote() {
        assertThat(List.of(server.org(), server.orgVersion(), server.deals(), server.dealTallies(), server.dealTotals("2026-11"),
                server.dealTotalsMonths(), server.outbox(), server.outboxKey("reply:1"), server.outboxOutcome("reply:1"),
                server.forecastWeek("FY27-Q4-W04"), server.forecastCalled("FY27-Q4-W04"), server.forecastVersions("FY27-Q4-W04", "ria"),
                server.forecastAway("FY27-Q4-W04"), server.forecastLines("FY27-Q4-W04"), server.forecastAccuracy("FY27-Q3")))
                .containsExactly("dc:org", "dc:org:version", "dc:deals", "dc:deal-tallies", "dc:deal-sums:2026-11", "dc:deal-sums-months",
                        "dc:outbox", "dc:outbox:key:reply:1", "dc:outbox:outcome:reply:1", "dc:forecast:FY27-Q4-W04",
                        "dc:forecast:FY27-Q4-W04:called", "dc:forecast:FY27-Q4-W04:ria:versions", "dc:forecast:FY27-Q4-W04:away",
                        "dc:forecast:FY27-Q4-W04:lines", "dc:forecast-accuracy:FY27-Q3");
        assertThat(server.weekOf("dc:forecast:FY27-Q4-W04:ria:versions")).contains("FY27-Q4-W04");
        assertThat(server.accuracyQuarterOf("dc:forecast-accuracy:FY27-Q3")).contains("FY27-Q3");
    }

    @Test
    void onAClusterEachGroupOfKeysIsOneSlot() {
        assertOneSlot(cluster.org(), cluster.orgVersion());
        assertOneSlot(cluster.deals(), cluster.dealTallies(), cluster.dealTotals("2026-11"), cluster.dealTotalsMonths(),
                cluster.dealsStaging("run") + "deals", cluster.dealsStaging("run") + "sums:2026-11", cluster.dealsStaging("run") + "ready");
        assertOneSlot(cluster.outbox(), cluster.outboxKey("reply:{odd}:1"), cluster.outboxOutcome("checkin:x:person:ria"));
        String week = "FY27-Q4-W04";
        assertOneSlot(cluster.forecastWeek(week), cluster.forecastCalled(week), cluster.forecastVersions(week, "ria"),
                cluster.forecastAway(week), cluster.forecastLines(week), cluster.forecastLines(week) + ":draft:1");
        assertOneSlot(cluster.forecastAccuracy("FY27-Q3"), cluster.forecastAccuracy("FY27-Q3") + ":draft:1");
        assertThat(cluster.weekOf(cluster.forecastVersions(week, "ria"))).contains(week);
        assertThat(cluster.accuracyQuarterOf(cluster.forecastAccuracy("FY27-Q3"))).contains("FY27-Q3");
        assertThat(JedisClusterCRC16.getSlot(cluster.forecastWeek(week))).as("weeks spread over the cluster")
                .isNotEqualTo(JedisClusterCRC16.getSlot(cluster.forecastWeek("FY27-Q4-W05")));
    }

    private static void assertOneSlot(String... keys) {
        int slot = JedisClusterCRC16.getSlot(keys[0]);
        for (String key : keys) {
            assertThat(JedisClusterCRC16.getSlot(key)).as(key).isEqualTo(slot);
        }
    }
}
