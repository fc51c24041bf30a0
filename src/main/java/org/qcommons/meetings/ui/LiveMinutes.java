package org.qcommons.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.coedit.CoEditHub;

/**
 * Makes a minutes text area live (decision 116): what anyone types reaches the others as they type, through the
 * browser script live-minutes.js and {@link CoEditHub}. Shows who else is editing this item and how the sharing
 * is going. Needs no frontend build: the script runs through {@code executeJs} and loads diff-match-patch from its
 * webjar.
 */
@Tag("div")
class LiveMinutes extends Component {

    static final String DIFF_MATCH_PATCH = "/webjars/diff-match-patch/1.0.5/index.js";
    private static final String SCRIPT = read("live-minutes.js");
    private static final String POKE = "this.__qcLive && this.__qcLive.poke()";

    private final TextArea field;
    private final Long itemId;
    private final CoEditHub hub;
    private final Element status = new Element("span");
    private final Element alert = new Element("div");
    private final Element editors = new Element("span");
    private CoEditHub.Session session;
    private Runnable stopListening;
    private ViewerContext viewer;
    private String myName = "";
    private boolean connected;

    LiveMinutes(TextArea field, Long itemId, CoEditHub hub) {
        this.field = field;
        this.itemId = itemId;
        this.hub = hub;
        addClassName("live-minutes");
        status.getClassList().add("live-status");
        status.setAttribute("aria-live", "polite");
        alert.getClassList().add("live-alert");
        alert.setAttribute("role", "alert");
        alert.setAttribute("hidden", true);
        editors.getClassList().add("live-editors");
        getElement().appendChild(status, editors, alert);
    }

    /** True once the browser has sent its first message, so the text it shows is the live text. */
    boolean connected() {
        return connected;
    }

    String liveText() {
        String live = hub.liveText(itemId);
        return live == null ? field.getValue() : live;
    }

    /** Saves a version now, as a pause in typing would. */
    void saveNow() {
        if (session != null) {
            session.checkpoint();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        viewer = ViewerContext.capture();
        myName = CurrentUser.get().map(QUser::displayName).orElse("Someone");
        try {
            session =
                    hub.open(itemId, myName, () -> ui.access(() -> getElement().executeJs(POKE)));
        } catch (RuntimeException e) {
            status.setText("These minutes cannot be edited live: " + e.getMessage());
            return;
        }
        stopListening = hub.listenToEditing(itemId, names -> ui.access(() -> showEditors(names)));
        showEditors(hub.editors(itemId));
        getElement().executeJs(SCRIPT, field.getElement(), DIFF_MATCH_PATCH, session.start());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        if (session != null) {
            CoEditHub.Session closing = session;
            session = null;
            viewer.run(closing::close);
        }
        connected = false;
    }

    @ClientCallable
    String sync(String request) {
        if (session == null) {
            return "{\"n\":0,\"edits\":[],\"notice\":\"These minutes are no longer open for editing.\","
                    + "\"readOnly\":true}";
        }
        connected = true;
        return session.sync(request);
    }

    @ClientCallable
    void checkpoint() {
        try {
            saveNow();
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    @ClientCallable
    void editing(boolean now) {
        if (session != null) {
            session.editing(now);
        }
    }

    private void showEditors(List<String> names) {
        List<String> others = names.stream().filter(n -> !n.equals(myName)).toList();
        editors.setText(others.isEmpty() ? "" : " Editing this item now: " + String.join(", ", others) + ".");
    }

    private static String read(String name) {
        try (InputStream in = LiveMinutes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
