package org.qcommons.buddying;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BuddyingConfig {

    /** Replaced by any other MemberTopics bean (the project register's), so scoring picks up shared topics then. */
    @Bean
    @ConditionalOnMissingBean(MemberTopics.class)
    MemberTopics noMemberTopics() {
        return memberId -> Set.of();
    }
}
