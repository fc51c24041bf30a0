package org.qcommons.base.push;

import java.util.function.Consumer;

/** One node: a message goes straight to this JVM's subscribers, on the publishing thread. */
public class InProcessPushBus implements PushBus {

    private final LocalSubscribers subscribers = new LocalSubscribers();

    @Override
    public void publish(String channel, String message) {
        subscribers.deliver(channel, message);
    }

    @Override
    public void subscribe(String channel, Consumer<String> listener) {
        subscribers.add(channel, listener);
    }
}
