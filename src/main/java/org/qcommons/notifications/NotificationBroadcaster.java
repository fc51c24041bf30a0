package org.qcommons.notifications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.qcommons.base.push.PushBus;
import org.springframework.stereotype.Component;

/** Lets open bells know that their member has something new, without polling, on whichever node they are open. */
@Component
public class NotificationBroadcaster {

    private static final String CHANNEL = "notifications";

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final PushBus bus;

    NotificationBroadcaster(PushBus bus) {
        this.bus = bus;
        bus.subscribe(CHANNEL, id -> ring(Long.valueOf(id)));
    }

    public Runnable register(Long memberId, Runnable listener) {
        listeners.computeIfAbsent(memberId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(memberId, List.of()).remove(listener);
    }

    void broadcast(Long memberId) {
        bus.publish(CHANNEL, memberId.toString());
    }

    private void ring(Long memberId) {
        listeners.getOrDefault(memberId, List.of()).forEach(Runnable::run);
    }
}
