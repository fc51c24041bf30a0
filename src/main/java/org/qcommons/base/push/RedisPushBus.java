package org.qcommons.base.push;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several nodes: this node's subscribers hear a message at once, on the publishing thread, as with one node; Redis
 * pub/sub carries it to the other nodes, which skip their own messages when Redis echoes them back. Pub/sub keeps
 * nothing: a node that is down misses what was said meanwhile, which suits what travels here (a hint to refresh
 * from the database, never the data itself).
 */
public class RedisPushBus implements PushBus {

    static final String PREFIX = "qcommons:";

    private final String node = UUID.randomUUID().toString();
    private final LocalSubscribers subscribers = new LocalSubscribers();
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();

    public RedisPushBus(StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.redis = redis;
        this.container = container;
    }

    @Override
    public void publish(String channel, String message) {
        subscribers.deliver(channel, message);
        redis.convertAndSend(PREFIX + channel, node + '\n' + message);
    }

    @Override
    public void subscribe(String channel, Consumer<String> listener) {
        boolean first = !subscribed(channel);
        subscribers.add(channel, listener);
        if (first) {
            container.addMessageListener(
                    (message, pattern) -> {
                        String body = new String(message.getBody(), StandardCharsets.UTF_8);
                        int cut = body.indexOf('\n');
                        if (cut > 0 && !body.substring(0, cut).equals(node)) {
                            subscribers.deliver(channel, body.substring(cut + 1));
                        }
                    },
                    new ChannelTopic(PREFIX + channel));
        }
    }

    private boolean subscribed(String channel) {
        return !channels.add(channel);
    }
}
