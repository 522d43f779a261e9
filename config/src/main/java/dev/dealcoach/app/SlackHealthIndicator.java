package dev.dealcoach.app;

import dev.dealcoach.slack.SlackAdapter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Slack as the {@code slack} component of health (and readiness): down when Slack refuses the bot token
 * (revoked, the app uninstalled), since nothing the bot says would reach anyone. Asked at most once a
 * minute; a Slack that cannot be reached says nothing about the token, so that stays up with the reason.
 */
@Component("slack")
@Conditional(SlackIsOn.class)
class SlackHealthIndicator implements HealthIndicator {

    private static final Duration ASK_EVERY = Duration.ofMinutes(1);

    private final AskedAtMostEvery<SlackAdapter.TokenCheck> token;

    SlackHealthIndicator(SlackAdapter slack, Clock clock) {
        this.token = new AskedAtMostEvery<>(ASK_EVERY, clock, slack::checkToken);
    }

    @Override
    public Health health() {
        AskedAtMostEvery.Answer<SlackAdapter.TokenCheck> answer = token.get();
        SlackAdapter.TokenCheck check = answer.value();
        String askedAt = answer.askedAt().toString();
        if (check.valid()) {
            return Health.up().withDetail("team", check.team()).withDetail("checkedAt", askedAt).build();
        }
        Health.Builder health = check.reached() ? Health.down() : Health.up();
        return health.withDetail("problem", check.problem()).withDetail("checkedAt", askedAt).build();
    }
}
