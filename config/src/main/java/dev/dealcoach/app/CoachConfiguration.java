package dev.dealcoach.app;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.risk.SlipRiskRules;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conversation engine, the playbooks it reviews deals with and the slip-risk rules; a bad playbook or rules file stops start-up. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoachConfiguration.class);

    @Bean
    Playbooks playbooks(DealCoachProperties properties) {
        Playbooks playbooks = Playbooks.load(properties.review().playbooksDir(), properties.review().playbook());
        log.info("Deal reviews use the {} playbook", playbooks.defaultPlaybook().name());
        return playbooks;
    }

    @Bean
    SlipRiskRules slipRiskRules(DealCoachProperties properties, Playbooks playbooks) {
        SlipRiskRules rules = SlipRiskRules.load(properties.risk().rulesFile(), playbooks.elementIds());
        if (properties.risk().rulesFile() != null) {
            log.info("Slip-risk rules: the bundled ones changed by {} ({} rules)", properties.risk().rulesFile(), rules.rules().size());
        }
        return rules;
    }

    @Bean
    Coach coach(Stores stores, Playbooks playbooks, SlipRiskRules slipRiskRules, CrmConfiguration.DealSourceChoice dealSource,
                dev.dealcoach.core.privacy.Retention retention, Clock clock) {
        return DealCoachCore.coach(stores, stores.contacts(), playbooks, slipRiskRules, dealSource.writeBack(), retention.conversations(),
                clock);
    }
}
