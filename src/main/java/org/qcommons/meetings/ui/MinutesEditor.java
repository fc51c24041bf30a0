package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.MinutesConflictException;
import org.qcommons.meetings.MinutesRenderer;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.coedit.CoEditHub;

/**
 * Minutes of one agenda item in Markdown, with a preview. In a browser the text is shared as people type
 * ({@link LiveMinutes}); Save then only records a version. Without the live script it remembers the text and
 * version it started from, so a save after someone else's save opens a merge dialog instead of overwriting.
 */
class MinutesEditor extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button save = new Button("Save minutes");
    final Button preview = new Button("Preview");
    final Div rendered = new Div();
    final Span notice = new Span();
    private final Long itemId;
    private final MinutesService minutes;
    private String baseText;
    private long baseVersion;
    private boolean previewing;
    /** Null where the minutes are read only. */
    final LiveMinutes live;

    MinutesEditor(AgendaItem item, MinutesService minutes, CoEditHub coedit, boolean editable) {
        this.itemId = item.getId();
        this.minutes = minutes;
        this.live = editable && coedit != null ? new LiveMinutes(text, itemId, coedit) : null;
        setPadding(false);
        setSpacing(false);
        rendered.addClassName("minutes");
        notice.addClassName("notice");
        notice.setVisible(false);
        text.setWidthFull();
        text.addClassName("minutes-text");
        text.setLabel("Minutes");
        text.setAriaLabel("Minutes for " + item.getTitle());
        text.setHelperText("Markdown: *italic*, **bold**, - lists, [links](https://...)");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            if (live != null && live.connected()) {
                saveLive();
            } else {
                save(text.getValue(), baseVersion, baseText);
            }
        });
        preview.addClickListener(e -> togglePreview());
        load(item);
        if (editable) {
            add(text);
            if (live != null) {
                add(live);
            }
            add(new HorizontalLayout(save, preview), notice);
        }
        add(rendered);
        rendered.setVisible(!editable);
    }

    boolean isDirty() {
        return (live == null || !live.connected()) && !Objects.equals(nz(text.getValue()), nz(baseText));
    }

    /** Shows the latest saved minutes, unless the user has unsaved typing, which is never replaced. */
    void onRemoteChange(AgendaItem fresh) {
        if (live != null && live.connected()) {
            // The live text already has these words; the field is never set from the server while live.
            baseText = fresh.getMinutesText();
            baseVersion = fresh.getVersion();
            return;
        }
        if (Objects.equals(nz(fresh.getMinutesText()), nz(baseText))) {
            baseVersion = fresh.getVersion();
            return;
        }
        if (isDirty()) {
            notice.setText("Someone else saved these minutes. When you save, you can compare and merge both versions.");
            notice.setVisible(true);
        } else {
            load(fresh);
        }
    }

    void load(AgendaItem item) {
        baseText = item.getMinutesText();
        baseVersion = item.getVersion();
        text.setValue(nz(baseText));
        notice.setVisible(false);
        render(baseText);
    }

    void save(String value, long version, String base) {
        try {
            AgendaItem saved = minutes.saveMinutes(itemId, version, base, value);
            load(saved);
            UserMessages.showSuccess("Minutes saved.");
        } catch (MinutesConflictException conflict) {
            new MergeDialog(
                            conflict.theirText(),
                            value,
                            merged -> save(merged, conflict.theirVersion(), conflict.theirText()))
                    .open();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private void saveLive() {
        try {
            live.saveNow();
            UserMessages.showSuccess("Minutes saved.");
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private void togglePreview() {
        previewing = !previewing;
        render(live != null && live.connected() ? live.liveText() : text.getValue());
        rendered.setVisible(previewing);
        preview.setText(previewing ? "Hide preview" : "Preview");
    }

    private void render(String markdown) {
        rendered.removeAll();
        String html = MinutesRenderer.toHtml(markdown);
        if (html.isEmpty()) {
            rendered.add(new Span("No minutes recorded for this item."));
        } else {
            rendered.add(new Html("<div>" + html + "</div>"));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
