package dev.dealcoach.app;

import dev.dealcoach.slack.SlackAdapter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Slack as the {@code slack} component of health (and readiness): down when Slack refuses the bot token
 * (revoked, the app uninstalled), since nothing the bot says would reach anyone. Asked at most once a
 * minute; a Slack that cannot be reached says nothing about the token, so that stays up with the reason.
 */
@Component("slack")
@ConditionalOnExpression(SlackConfiguration.SLACK_ON)
class SlackHealthIndicator implements HealthIndicator {

    private static final Duration ASK_EVERY = Duration.ofMinutes(1);

    private final SlackAdapter slack;
    private final Clock clock;
    private SlackAdapter.TokenCheck last;
    private Instant askedAt = Instant.MIN;

    SlackHealthIndicator(SlackAdapter slack, Clock clock) {
        this.slack = slack;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(askedAt.plus(ASK_EVERY))) {
            last = slack.checkToken();
            askedAt = now;
        }
        if (last.valid()) {
            return Health.up().withDetail("team", last.team()).withDetail("checkedAt", askedAt.toString()).build();
        }
        Health.Builder health = last.reached() ? Health.down() : Health.up();
        return health.withDetail("problem", last.problem()).withDetail("checkedAt", askedAt.toString()).build();
    }
}
