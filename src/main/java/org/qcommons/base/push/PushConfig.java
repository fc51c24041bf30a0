package org.qcommons.base.push;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** In process by default; through Redis in the cluster profile, whose connection Spring Boot configures. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class PushConfig {

    @Bean
    @Profile("!cluster")
    PushBus inProcessPushBus() {
        return new InProcessPushBus();
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("cluster")
    static class Cluster {

        @Bean
        RedisMessageListenerContainer pushListeners(RedisConnectionFactory connections) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            return container;
        }

        @Bean
        PushBus redisPushBus(StringRedisTemplate redis, RedisMessageListenerContainer pushListeners) {
            return new RedisPushBus(redis, pushListeners);
        }
    }
}
