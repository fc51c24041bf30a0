package org.qcommons.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.qcommons.base.push.PushBus;
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

    private static final String CHANGES = "meetings";
    private static final String PRESENCE = "meeting-viewers";

    private final Map<String, List<Consumer<MeetingChange>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Viewer>> viewers = new ConcurrentHashMap<>();
    private final PushBus bus;

    /** Changes and viewers travel to every node (decision 109); each node keeps the viewers of all of them. */
    MeetingBroadcaster(PushBus bus) {
        this.bus = bus;
        bus.subscribe(CHANGES, this::heard);
        bus.subscribe(PRESENCE, this::seen);
    }

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
        bus.publish(
                PRESENCE,
                String.join(
                        "\t",
                        "+",
                        meetingId.toString(),
                        viewer.key(),
                        String.valueOf(viewer.memberId()),
                        viewer.name()));
        return () -> bus.publish(PRESENCE, String.join("\t", "-", meetingId.toString(), viewer.key()));
    }

    private void seen(String message) {
        String[] p = message.split("\t", 5);
        Long meetingId = Long.valueOf(p[1]);
        if (p[0].equals("+")) {
            Long memberId = p[3].equals("null") ? null : Long.valueOf(p[3]);
            viewers.computeIfAbsent(meetingId, id -> new ConcurrentHashMap<>())
                    .put(p[2], new Viewer(p[2], memberId, p[4]));
            localFire("meeting:" + meetingId, new MeetingChange(MeetingChange.Kind.PRESENCE, meetingId, null));
        } else {
            Map<String, Viewer> present = viewers.get(meetingId);
            if (present != null && present.remove(p[2]) != null) {
                localFire("meeting:" + meetingId, new MeetingChange(MeetingChange.Kind.PRESENCE, meetingId, null));
            }
        }
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
        bus.publish(
                CHANGES,
                String.join(
                        "\t",
                        topic,
                        change.kind().name(),
                        String.valueOf(change.id()),
                        String.valueOf(change.itemId())));
    }

    private void heard(String message) {
        String[] p = message.split("\t", 4);
        localFire(p[0], new MeetingChange(MeetingChange.Kind.valueOf(p[1]), id(p[2]), id(p[3])));
    }

    private static Long id(String text) {
        return text.equals("null") ? null : Long.valueOf(text);
    }

    private void localFire(String topic, MeetingChange change) {
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
