package org.qcommons.base.push;

import java.util.function.Consumer;

/**
 * Messages that every node's open views must hear about: a bell's new notification, a meeting's change and who is
 * viewing it, a cache to evict (decision 109). One node, by default, delivers in process on the publishing thread;
 * the cluster profile also carries each message to the other nodes through Redis pub/sub.
 */
public interface PushBus {

    /** Delivers {@code message} to this node's subscribers of {@code channel} at once, and to the other nodes'. */
    void publish(String channel, String message);

    /** Listens on this node to every message of {@code channel}, whichever node published it. */
    void subscribe(String channel, Consumer<String> listener);
}
