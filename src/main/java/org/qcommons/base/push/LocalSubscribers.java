package org.qcommons.base.push;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's subscribers by channel; one failing listener does not keep the message from the others. */
final class LocalSubscribers {

    private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

    private final Map<String, List<Consumer<String>>> byChannel = new ConcurrentHashMap<>();

    void add(String channel, Consumer<String> listener) {
        byChannel.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    void deliver(String channel, String message) {
        for (Consumer<String> l : byChannel.getOrDefault(channel, List.of())) {
            try {
                l.accept(message);
            } catch (RuntimeException e) {
                log.warn(
                        "A push listener on {} failed: {}",
                        channel,
                        e.getClass().getSimpleName());
            }
        }
    }
}
