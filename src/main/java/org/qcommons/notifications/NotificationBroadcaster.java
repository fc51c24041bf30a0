package org.qcommons.notifications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Lets open bells know that their member has something new, without polling. */
@Component
public class NotificationBroadcaster {

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    public Runnable register(Long memberId, Runnable listener) {
        listeners.computeIfAbsent(memberId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(memberId, List.of()).remove(listener);
    }

    void broadcast(Long memberId) {
        listeners.getOrDefault(memberId, List.of()).forEach(Runnable::run);
    }
}
