package org.qcommons.meetings.coedit;

import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Patch;
import org.qcommons.base.push.PushBus;
import org.qcommons.meetings.LiveMinutesService;
import org.qcommons.meetings.LiveMinutesService.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minutes written together as people type (decision 116). Holds, per agenda item being edited on this node, the
 * authoritative live text and one {@link ServerShadow} per open editor; hands each browser's edits to it, tells
 * the other editors to fetch theirs, and carries every change to the other nodes on the push bus (decision 109).
 * Who is editing which item travels the same way.
 */
@Component
public class CoEditHub {

    private static final Logger log = LoggerFactory.getLogger(CoEditHub.class);
    private static final String EDITS = "minutes-edits";
    private static final String EDITING = "minutes-editing";

    private final String node = UUID.randomUUID().toString();
    private final Map<Long, LiveText> texts = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, String>> editing = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<List<String>>>> editingListeners = new ConcurrentHashMap<>();
    private final LiveMinutesService minutes;
    private final PushBus bus;
    private final JsonMapper json = JsonMapper.builder().build();

    CoEditHub(LiveMinutesService minutes, PushBus bus) {
        this.minutes = minutes;
        this.bus = bus;
        bus.subscribe(EDITS, this::heardEdit);
        bus.subscribe(EDITING, this::heardEditing);
    }

    /**
     * Opens a live editor of one item's minutes for the signed-in seat holder. {@code poke} must ask the browser
     * to sync soon; it is called from other people's threads, so it hands over with {@code UI.access}.
     */
    public Session open(Long itemId, String name, Runnable poke) {
        String saved = minutes.openText(itemId);
        LiveText live = texts.computeIfAbsent(itemId, id -> new LiveText(id, saved, LiveMinutesService.MAX_CHARS));
        Session s = new Session(live, name, poke);
        live.sessions.add(s);
        return s;
    }

    /** Calls {@code listener} with the names of those editing the item whenever that changes; run the handle to stop. */
    public Runnable listenToEditing(Long itemId, Consumer<List<String>> listener) {
        List<Consumer<List<String>>> list =
                editingListeners.computeIfAbsent(itemId, id -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    public List<String> editors(Long itemId) {
        return List.copyOf(new LinkedHashMap<>(editing.getOrDefault(itemId, Map.of()))
                .values().stream().distinct().sorted().toList());
    }

    /** The live text of an item on this node, if anyone is editing it here. */
    public String liveText(Long itemId) {
        LiveText live = texts.get(itemId);
        return live == null ? null : live.text();
    }

    /** One open editor: one browser tab's view of one item's minutes. */
    public final class Session {
        private final String key = UUID.randomUUID().toString();
        private final LiveText live;
        private final ServerShadow shadow;
        private final String name;
        private final Runnable poke;
        private long checkpointed;
        private boolean editingNow;

        private Session(LiveText live, String name, Runnable poke) {
            this.live = live;
            this.shadow = new ServerShadow(live);
            this.name = name;
            this.poke = poke;
            this.checkpointed = live.changes();
        }

        /** The text and versions the browser starts from, as JSON. */
        public String start() {
            return write(shadow.start());
        }

        /** One message of the sync loop: the browser's edits in, the server's out, both as JSON. */
        public String sync(String request) {
            try {
                minutes.requireMayEdit(live.itemId);
            } catch (RuntimeException e) {
                return write(new SyncMessages.Reply(
                        0, List.of(), "You can no longer edit these minutes: " + e.getMessage(), true, null));
            }
            SyncMessages.Reply reply;
            String before;
            String after;
            // Held across the reply so that "before" and "after" show only this browser's edits.
            synchronized (live) {
                before = live.text();
                try {
                    reply = shadow.receive(new DiffMatchPatch(), json.readValue(request, SyncMessages.Request.class));
                } catch (RuntimeException e) {
                    log.warn(
                            "A live minutes message could not be read: {}",
                            e.getClass().getSimpleName());
                    reply = shadow.reset(null);
                }
                after = live.text();
            }
            if (!after.equals(before)) {
                changed(live, before, after, this);
            }
            return write(reply);
        }

        /** Saves the live text as a version in this person's name, if it changed since this editor last saved. */
        public void checkpoint() {
            if (live.changes() == checkpointed && live.text().equals(live.persisted())) {
                return;
            }
            for (int attempt = 0; attempt < 2; attempt++) {
                String base = live.persisted();
                String text = live.text();
                if (text.equals(base)) {
                    break;
                }
                Checkpoint c = minutes.checkpoint(live.itemId, base, text);
                if (c.saved()) {
                    live.persisted(text);
                    break;
                }
                // Changed by another route (or saved by another node): merge that change into the live text.
                if (!c.current().equals(text)) {
                    live.merge(new DiffMatchPatch(), base, c.current());
                    changed(live, text, live.text(), null);
                }
                live.persisted(c.current());
            }
            checkpointed = live.changes();
        }

        /** Whether this person's cursor is in the editor, for the others' "editing now". */
        public void editing(boolean now) {
            if (now != editingNow) {
                editingNow = now;
                bus.publish(
                        EDITING,
                        now
                                ? String.join("\t", "+", live.itemId.toString(), key, name)
                                : String.join("\t", "-", live.itemId.toString(), key));
            }
        }

        /** The editor closed: saves what is unsaved and lets the live text go when nobody here edits it any more. */
        public void close() {
            editing(false);
            try {
                checkpoint();
            } catch (RuntimeException e) {
                log.info("Live minutes could not be saved as the editor closed: {}", e.getMessage());
            }
            live.sessions.remove(this);
            if (live.sessions.isEmpty()) {
                texts.remove(live.itemId, live);
            }
        }
    }

    private void changed(LiveText live, String before, String after, Session from) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        List<Patch> patches = dmp.patchMake(before, Delta.between(dmp, before, after));
        bus.publish(EDITS, String.join("\t", node, live.itemId.toString(), dmp.patchToText(patches)));
        pokeAll(live, from);
    }

    private void pokeAll(LiveText live, Session except) {
        for (Session s : live.sessions) {
            if (s != except) {
                try {
                    s.poke.run();
                } catch (RuntimeException e) {
                    // A closed tab must not keep the others from hearing.
                }
            }
        }
    }

    private void heardEdit(String message) {
        String[] p = message.split("\t", 3);
        if (p[0].equals(node)) {
            return;
        }
        LiveText live = texts.get(Long.valueOf(p[1]));
        if (live != null) {
            DiffMatchPatch dmp = new DiffMatchPatch();
            live.apply(dmp, new LinkedList<>(dmp.patchFromText(p[2])));
            pokeAll(live, null);
        }
    }

    private void heardEditing(String message) {
        String[] p = message.split("\t", 4);
        Long itemId = Long.valueOf(p[1]);
        if (p[0].equals("+")) {
            editing.computeIfAbsent(itemId, id -> new ConcurrentHashMap<>()).put(p[2], p[3]);
        } else {
            Map<String, String> now = editing.get(itemId);
            if (now == null || now.remove(p[2]) == null) {
                return;
            }
        }
        List<String> names = editors(itemId);
        for (Consumer<List<String>> l : editingListeners.getOrDefault(itemId, List.of())) {
            try {
                l.accept(names);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    private String write(Object message) {
        return json.writeValueAsString(message);
    }
}
