package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-ups that must fail fast, and say why in terms a person can act on. */
class StartupFailureTest {

    @TempDir
    Path dir;

    private static Throwable start(String... args) {
        SpringApplication app = new SpringApplication(DealCoachApplication.class);
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return catchThrowable(() -> app.run(all).close());
    }

    @Test
    void anUnreachableRedisStopsStartUpNamingTheUrlButNotThePassword() {
        Throwable failure = start("--dealcoach.redis.url=redis://ops:hunter2@127.0.0.1:1");

        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("Redis at redis://127.0.0.1:1 is unreachable")
                .doesNotContain("hunter2");
        assertThat(analysis.getAction()).contains("REDIS_URL");
    }

    /** A setting out of its range stops start-up with a message naming the setting and its variable. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("settingsOutOfRange")
    void aSettingOutOfRangeStopsStartUpNamingIt(String setting, String message) {
        assertThat(start(setting)).hasStackTraceContaining(message);
    }

    static Stream<Arguments> settingsOutOfRange() {
        return Stream.of(
                Arguments.of("--dealcoach.slack.send-rate=0", "dealcoach.slack.send-rate (DEALCOACH_SLACK_SEND_RATE) is messages a minute, more than 0; got 0"),
                Arguments.of("--dealcoach.teams.send-rate=-1", "dealcoach.teams.send-rate (DEALCOACH_TEAMS_SEND_RATE) is messages a minute, more than 0; got -1"),
                Arguments.of("--dealcoach.scheduler.clustered=true",
                        "dealcoach.scheduler.clustered (DEALCOACH_SCHEDULER_CLUSTERED) needs dealcoach.scheduler.jdbc.url"),
                Arguments.of("--dealcoach.crm-sync.interval=20s", "dealcoach.crm-sync.interval (DEALCOACH_CRM_SYNC_INTERVAL) is a minute or more"),
                Arguments.of("--dealcoach.redis.key-prefix= ", "dealcoach.redis.key-prefix (DEALCOACH_REDIS_KEY_PREFIX) is not blank"),
                Arguments.of("--dealcoach.review.playbook=", "dealcoach.review.playbook (DEALCOACH_REVIEW_PLAYBOOK) names a playbook"));
    }

    @Test
    void aRetentionTooShortToWorkStopsStartUpSayingTheLeastAllowed() {
        Throwable failure = start("--dealcoach.retention.history=30d");

        assertThat(failure).hasStackTraceContaining("dealcoach.retention")
                .hasStackTraceContaining("history must be kept at least 300d");
    }

    @Test
    void aMalformedRedisUrlIsReportedWithoutEchoingIt() {
        Throwable failure = start("--dealcoach.redis.url=redis://:s3cr%t pass@127.0.0.1:6379");

        assertThat(failure).hasStackTraceContaining("REDIS_URL (dealcoach.redis.url) is not a valid URL");
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("s3cr");
    }

    @Test
    void aBrokenOrgFileStopsStartUpWithItsLineAndReason() throws Exception {
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: boss, time-zone: UTC, quota: 1}
                """);

        Throwable failure = start("--dealcoach.org-file=" + org);

        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains(org + ":2: person 'mo': role 'boss' must be rep, manager or director");
    }

    @Test
    void aDealsFileWithoutAnOrgFileIsRefused() throws Exception {
        Path deals = Files.writeString(dir.resolve("deals.csv"), "id\n");

        Throwable failure = start("--dealcoach.deals-file=" + deals);

        assertThat(failure).hasStackTraceContaining("dealcoach.deals-file (DEALCOACH_DEALS_FILE) needs dealcoach.org-file");
    }

    @Test
    void aBadPlaybookStopsStartUpWithFilePathAndReason() throws Exception {
        Path playbooks = Files.createDirectories(dir.resolve("playbooks"));
        Path custom = Files.writeString(playbooks.resolve("spiced.yml"), """
                id: spiced
                name: SPICED
                elements:
                  - {id: pain, name: Pain, coach: "What does it cost them?"}
                questions:
                  - {id: pain, element: pain, type: essay, ask: "What hurts?", score: [{when: answered, points: 2}]}
                """);

        Throwable failure = start("--dealcoach.review.playbooks-dir=" + playbooks);

        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains(custom + ": questions[0].type: 'essay' is not one of text, yes-no, choice");
    }

    @Test
    void anUnknownDefaultPlaybookStopsStartUp() {
        Throwable failure = start("--dealcoach.review.playbook=spin");

        assertThat(new StartupFailureAnalyzer().analyze(failure).getDescription())
                .contains("the default playbook 'spin' is not loaded (loaded: ");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("boom"))).isNull();
    }
}
