package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

/** Lazy initialisation leaves DealCoach's own beans alone: each is made at start-up, as before it was on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LazyInitializationTest {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;

    @Test
    void everyBeanDealCoachDeclaresIsMadeAtStartUp() {
        List<String> own = Arrays.stream(beanFactory.getBeanDefinitionNames())
                .filter(name -> LazyInitializationConfiguration.declaredByDealCoach(beanFactory.getBeanDefinition(name)))
                .toList();

        assertThat(own).contains("deliveryWorkers", "loadedData", "playbooks", "stores", "channelStatusLog");
        assertThat(own).allSatisfy(name -> assertThat(beanFactory.containsSingleton(name)).as(name).isTrue());
    }

    @Test
    void springBootsOwnBeansWaitUntilNeeded() {
        assertThat(beanFactory.getBeanDefinition("jacksonJsonMapper").isLazyInit()).isTrue();
    }
}
