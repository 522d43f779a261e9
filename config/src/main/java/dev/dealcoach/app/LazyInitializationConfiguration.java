package dev.dealcoach.app;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lazy initialisation ({@code spring.main.lazy-initialization} in application.properties) is for Spring Boot's
 * own beans that the first request does not need. What DealCoach declares still starts with the app:
 * its start-up log lines, the checks that stop a bad start (playbooks, rules, settings, the store), the
 * data load, the delivery workers, Slack's and Teams' clients.
 */
@Configuration(proxyBeanMethods = false)
class LazyInitializationConfiguration {

    private static final String OWN_PACKAGE = "dev.dealcoach.";

    @Bean
    static LazyInitializationExcludeFilter dealCoachBeansStartEagerly() {
        return (name, definition, type) -> declaredByDealCoach(definition);
    }

    /** A bean of a DealCoach class, or made by a DealCoach {@code @Bean} method. */
    static boolean declaredByDealCoach(BeanDefinition definition) {
        String declaredBy = definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null
                ? annotated.getFactoryMethodMetadata().getDeclaringClassName()
                : definition.getBeanClassName();
        return declaredBy != null && declaredBy.startsWith(OWN_PACKAGE);
    }
}
