package dev.dealcoach.app;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Teams adapter is on with an app id ({@code MICROSOFT_APP_ID}), or without one only when unauthenticated use is allowed. */
class TeamsIsOn implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }

    static boolean isOn(PropertyResolver environment) {
        return hasAppId(environment) || environment.getProperty("dealcoach.teams.allow-unauthenticated", Boolean.class, false);
    }

    private static boolean hasAppId(PropertyResolver environment) {
        return !environment.getProperty("dealcoach.teams.app-id", "").isBlank();
    }

    /** With an app id: there is a Bot Framework token to fetch and keep fresh. */
    static class WithAppId implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return hasAppId(context.getEnvironment());
        }
    }
}
