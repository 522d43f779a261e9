package dev.dealcoach.app.playground;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether the playground is on: see {@link PlaygroundDefaults#isOn}. */
class PlaygroundCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return PlaygroundDefaults.isOn(context.getEnvironment());
    }
}
