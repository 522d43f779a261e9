package dev.dealcoach.app;

import dev.dealcoach.teams.TeamsAdapter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Teams as the {@code teams} component of health (and readiness), when the bot has an app id: down when
 * the token endpoint refuses the app id or secret (an expired client secret), since no reply would go
 * out. Asked at most once a minute (the token itself is cached until shortly before it expires); an
 * endpoint that cannot be reached leaves it up, with the reason.
 */
@Component("teams")
@Conditional(TeamsIsOn.WithAppId.class)
class TeamsHealthIndicator implements HealthIndicator {

    private static final Duration ASK_EVERY = Duration.ofMinutes(1);

    private final AskedAtMostEvery<TeamsAdapter.TokenCheck> token;

    TeamsHealthIndicator(TeamsAdapter teams, Clock clock) {
        this.token = new AskedAtMostEvery<>(ASK_EVERY, clock, teams::checkToken);
    }

    @Override
    public Health health() {
        AskedAtMostEvery.Answer<TeamsAdapter.TokenCheck> answer = token.get();
        TeamsAdapter.TokenCheck check = answer.value();
        String askedAt = answer.askedAt().toString();
        if (check.ok()) {
            return Health.up().withDetail("replyToken", "obtained").withDetail("checkedAt", askedAt).build();
        }
        return (check.refused() ? Health.down() : Health.up()).withDetail("problem", check.problem())
                .withDetail("checkedAt", askedAt).build();
    }
}
