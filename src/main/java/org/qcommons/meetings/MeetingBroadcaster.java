package org.qcommons.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every open view of a meeting (or of a group's discussion) that something changed, and who is viewing.
 * Listeners run on the thread that made the change, after its transaction commits, so they must hand work to
 * their UI with {@code UI.access} and never block.
 */
@Component
public class MeetingBroadcaster {

    public record Viewer(String key, Long memberId, String name) {}

    private final Map<String, List<Consumer<MeetingChange>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Viewer>> viewers = new ConcurrentHashMap<>();

    public Runnable listenToMeeting(Long meetingId, Consumer<MeetingChange> listener) {
        return listen("meeting:" + meetingId, listener);
    }

    public Runnable listenToGroup(Long groupId, Consumer<MeetingChange> listener) {
        return listen("group:" + groupId, listener);
    }

    private Runnable listen(String topic, Consumer<MeetingChange> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(topic, List.of()).remove(listener);
    }

    /** Registers a viewer of a meeting; run the returned handle when the view closes. */
    public Runnable join(Long meetingId, Viewer viewer) {
        viewers.computeIfAbsent(meetingId, id -> new ConcurrentHashMap<>()).put(viewer.key(), viewer);
        fire("meeting:" + meetingId, new MeetingChange(MeetingChange.Kind.PRESENCE, meetingId, null));
        return () -> {
            Map<String, Viewer> present = viewers.get(meetingId);
            if (present != null && present.remove(viewer.key()) != null) {
                fire("meeting:" + meetingId, new MeetingChange(MeetingChange.Kind.PRESENCE, meetingId, null));
            }
        };
    }

    /** Distinct people viewing, by name; one person with two tabs open counts once. */
    public List<String> viewerNames(Long meetingId) {
        Map<Long, String> byMember = new LinkedHashMap<>();
        List<Viewer> sorted =
                new ArrayList<>(viewers.getOrDefault(meetingId, Map.of()).values());
        sorted.sort(Comparator.comparing(Viewer::name));
        sorted.forEach(v -> byMember.putIfAbsent(v.memberId() == null ? -1L : v.memberId(), v.name()));
        return List.copyOf(byMember.values());
    }

    void meetingChanged(Long meetingId, MeetingChange.Kind kind, Long itemId) {
        afterCommit(() -> fire("meeting:" + meetingId, new MeetingChange(kind, meetingId, itemId)));
    }

    void groupChanged(Long groupId, MeetingChange.Kind kind) {
        afterCommit(() -> fire("group:" + groupId, new MeetingChange(kind, groupId, null)));
    }

    private void fire(String topic, MeetingChange change) {
        for (Consumer<MeetingChange> l : listeners.getOrDefault(topic, List.of())) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // A closed UI must not stop the others from hearing about the change.
            }
        }
    }

    private static void afterCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }
}
