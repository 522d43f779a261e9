package dev.dealcoach.core.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.review.Playbooks;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * Redis through Sentinel, for real: a master, a replica and three sentinels (redis-server in sentinel
 * mode). The master is killed in the middle of a review; once the sentinels promote the replica the
 * review goes on where it was, every answer given before the failover kept.
 */
class RedisSentinelFailoverTest {

    private final List<Process> servers = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly().waitFor();
        }
    }

    /** The test runs redis-server itself (as master, replica and sentinels): where there is none, it cannot. */
    private static boolean redisServerInstalled() {
        try {
            return new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process start(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis-" + servers.size() + ".log").toFile()).start();
        servers.add(process);
        return process;
    }

    private Process server(int port, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", String.valueOf(port), "--save", "", "--appendonly", "no",
                "--dir", dir.toString(), "--dbfilename", "dump-" + port + ".rdb"));
        command.addAll(List.of(more));
        Process process = start(command);
        awaitPing(port);
        return process;
    }

    private void sentinel(int port, int masterPort) throws IOException {
        Path conf = Files.writeString(dir.resolve("sentinel-" + port + ".conf"), String.join("\n",
                "port " + port,
                "dir " + dir,
                "sentinel monitor mymaster 127.0.0.1 " + masterPort + " 2",
                "sentinel down-after-milliseconds mymaster 1000",
                "sentinel failover-timeout mymaster 5000",
                "sentinel parallel-syncs mymaster 1", ""));
        start(List.of("redis-server", conf.toString(), "--sentinel"));
        awaitPing(port);
    }

    private static void awaitPing(int port) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                return "PONG".equals(jedis.ping());
            }
        });
    }

    private static long offset(int port, String field) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            return jedis.info("replication").lines().filter(line -> line.startsWith(field + ":")).map(line -> line.split(":")[1].strip())
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
        }
    }

    @Test
    void aReviewGoesOnAfterTheMasterDiesAndTheSentinelsPromoteTheReplica() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(redisServerInstalled(), "redis-server is not installed here");
        int masterPort = freePort();
        int replicaPort = freePort();
        Process master = server(masterPort);
        server(replicaPort, "--replicaof", "127.0.0.1", String.valueOf(masterPort));
        List<Integer> sentinels = List.of(freePort(), freePort(), freePort());
        for (int port : sentinels) {
            sentinel(port, masterPort);
        }
        String url = "redis-sentinel://" + String.join(",", sentinels.stream().map(p -> "127.0.0.1:" + p).toList()) + "/0#mymaster";
        MutableClock clock = MutableClock.at("2026-12-01T15:00:00Z");

        try (RedisStores stores = RedisStores.connect(new RedisSettings(URI.create(url), "sentinel-test:", Duration.ofSeconds(2)))) {
            assertThat(stores.location()).startsWith("redis-sentinel://127.0.0.1:").endsWith("#mymaster (key prefix sentinel-test:)");
            new DataImport(stores).importDemo(clock);
            Deal deal = stores.deals().ownedBy("ana").stream().filter(d -> d.stage().isOpen()).findFirst().orElseThrow();
            ChatScript chat = ChatScript.over(stores, Playbooks.bundled(), clock);
            chat.as("ana").says("review " + deal.id()).expectReply("1/");
            chat.says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/");
            chat.says("don't know").expectReply("3/");

            // Every sentinel knows the others and the replica, and the answers reached the replica (replication is
            // asynchronous): then the master dies.
            await().atMost(Duration.ofSeconds(30)).until(() -> sentinels.stream().allMatch(port -> {
                try (Jedis sentinel = new Jedis("127.0.0.1", port)) {
                    return sentinel.sentinelSentinels("mymaster").size() == 2 && sentinel.sentinelReplicas("mymaster").stream()
                            .anyMatch(replica -> "ok".equals(replica.get("master-link-status")));
                }
            }));
            await().atMost(Duration.ofSeconds(10)).until(() -> offset(replicaPort, "slave_repl_offset") >= offset(masterPort, "master_repl_offset"));
            master.destroyForcibly().waitFor();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                try (Jedis sentinel = new Jedis("127.0.0.1", sentinels.get(0))) {
                    return sentinel.sentinelGetMasterAddrByName("mymaster").get(1).equals(String.valueOf(replicaPort));
                }
            });
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(stores::ping);

            chat.says("don't know").expectReply("4/");
            for (int i = 0; i < 20 && !chat.reply().contains("Verdict"); i++) {
                chat.says("don't know");
            }
            assertThat(stores.reviews().latest(deal.id())).as("saved on the new master, with the answer given before the failover")
                    .hasValueSatisfying(review -> assertThat(review.answers().values()).anySatisfy(answer ->
                            assertThat(answer.text()).isEqualTo("Dana Whitfield, CFO, met her last Tuesday")));
        }
    }
}
