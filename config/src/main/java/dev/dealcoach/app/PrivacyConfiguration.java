package dev.dealcoach.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.privacy.PersonalData;
import dev.dealcoach.core.privacy.Retention;
import java.time.Clock;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Data rights ({@link PersonalData}) and retention: the settings, and {@link RetentionJob} every night at 03:17. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    Retention retention(RetentionProperties properties) {
        return properties.retention();
    }

    @Bean
    PersonalData personalData(Stores stores, Retention retention, Clock clock) {
        return new PersonalData(new PersonalData.Stores(stores.org(), stores.deals(), stores.reviews(), stores.activity(), stores.forecasts(),
                stores.preferences(), stores.contacts(), stores.addresses(), stores.risk(), stores.records()), retention, clock);
    }

    /** An export's amounts as {@code {"amount": 500000.00, "currency": "USD"}}, without the {@code negative} a getter adds. */
    @Bean
    JsonMapperBuilderCustomizer moneyAsAmountAndCurrency() {
        return builder -> builder.addMixIn(Money.class, MoneyJson.class);
    }

    @JsonIgnoreProperties("negative")
    private abstract static class MoneyJson {
    }

    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity("retention").storeDurably().build();
    }

    /** Off the hour, when little else runs; a missed night is caught up by the next. */
    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    Trigger nightly(JobDetail retentionJob) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity("retention-nightly")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 17).withMisfireHandlingInstructionDoNothing()).build();
    }
}
