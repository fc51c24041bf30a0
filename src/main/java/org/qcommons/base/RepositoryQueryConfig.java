package org.qcommons.base;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Spring Data reads every {@code @Query} with its own HQL parser at start-up, on top of Hibernate's own parse and
 * validation of the same query. Its simpler enhancer is enough for our queries (plain selects; count queries for
 * pages are derived from them) and saves that second parse on the start-up's critical path (decision 074).
 */
@Configuration(proxyBeanMethods = false)
class RepositoryQueryConfig {

    static final QueryEnhancerSelector SELECTOR = query -> QueryEnhancerFactories.fallback();

    @Bean
    static BeanPostProcessor simpleQueryEnhancer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
                    factory.setQueryEnhancerSelectorSource(SELECTOR);
                }
                return bean;
            }
        };
    }
}
