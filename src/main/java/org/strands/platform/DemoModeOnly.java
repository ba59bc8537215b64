package org.strands.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * For a bean that exists only in the demo ({@code @Conditional(DemoModeOnly.class)}), decided by the same rule as the
 * {@link DemoMode} bean: outside the demo a controller so marked is not there at all, and its paths answer 404.
 */
public class DemoModeOnly implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoMode.of(context.getEnvironment()).enabled();
    }
}
