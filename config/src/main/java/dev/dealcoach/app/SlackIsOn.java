package dev.dealcoach.app;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Slack adapter is on when a bot token is set ({@code SLACK_BOT_TOKEN}). */
class SlackIsOn implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    static boolean isOn(PropertyResolver environment) {
        return !environment.getProperty("dealcoach.slack.bot-token", "").isBlank();
    }
}
