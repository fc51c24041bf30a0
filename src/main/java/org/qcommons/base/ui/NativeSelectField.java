package org.qcommons.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ArrayNode;

/**
 * A single-choice field drawn as the browser's own {@code <select>} with a {@code <label for>}: phones open their
 * operating system's picker, and screen readers and the keyboard get the platform's behaviour.
 * <p>
 * Light on the server by design (ADR 073): three elements with a handful of attributes, and the options are not
 * elements at all. They travel to the browser in one JavaScript call carrying a JSON array, which Flow forgets once
 * sent; the field keeps only its list of items, to map the chosen option back to one. The options are sent again
 * whenever the field is attached, since a re-attached {@code <select>} is a new, empty element in the browser.
 *
 * @param <T> the item type; items are told apart by {@link #setItemKeyGenerator key}
 */
@Tag("div")
public class NativeSelectField<T> extends AbstractField<NativeSelectField<T>, T> implements HasSize, HasStyle {

    private static final AtomicLong IDS = new AtomicLong();
    static final int CHANGE_SETTLE_MS = 300;
    private static final String SYNC = """
            if ($0) {
              this.replaceChildren(...$0.map(([value, text]) => {
                const option = document.createElement('option');
                option.value = value;
                option.textContent = text;
                return option;
              }));
            }
            this.value = $1;""";

    private final Element label = new Element("label");
    private final Element select = new Element("select");
    private Element helper;
    private List<T> items = List.of();
    private SerializableFunction<T, String> itemLabel = String::valueOf;
    private SerializableFunction<T, String> itemKey = String::valueOf;
    private String emptyCaption;
    private boolean optionsChanged;
    private boolean syncScheduled;

    public NativeSelectField(String labelText) {
        super(null);
        getElement().getClassList().add("native-select-field");
        // No class names on the label and helper (app.css finds them inside the field): each class list is one
        // more map per element per open UI.
        // A property, not a text child: a text child would be one more state node per field.
        label.setProperty("innerText", labelText);
        getElement().appendChild(label, select);
        setInputId("native-select-" + IDS.incrementAndGet());
        // Chrome on Windows and Linux fires "change" on every arrow key in a closed select: wait until the user
        // settles, so arrowing through ten options is one choice, not ten.
        select.addEventListener("change", e -> {
                    String key = e.getEventData().get("element.value").asString();
                    T chosen = items.stream()
                            .filter(i -> itemKey.apply(i).equals(key))
                            .findFirst()
                            .orElse(null);
                    setModelValue(chosen, true);
                })
                .addEventData("element.value")
                .debounce(CHANGE_SETTLE_MS);
    }

    /** The field's id; the {@code <select>} inside takes this id with {@code -input}, and the label points at it. */
    @Override
    public void setId(String id) {
        super.setId(id);
        setInputId(id + "-input");
    }

    private void setInputId(String id) {
        select.setAttribute("id", id);
        label.setAttribute("for", id);
    }

    public String getLabel() {
        return label.getProperty("innerText");
    }

    /** Text under the field, read out with it ({@code aria-describedby}). */
    public void setHelperText(String text) {
        if (helper == null) {
            helper = new Element("span");
            getElement().appendChild(helper);
        }
        helper.setProperty("innerText", text);
        String id = select.getAttribute("id") + "-helper";
        helper.setAttribute("id", id);
        select.setAttribute("aria-describedby", id);
    }

    /** The choices, in order. Set the value to one of them (or none) afterwards: the field does not change it. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        optionsChanged = true;
        scheduleSync();
    }

    public List<T> getItems() {
        return items;
    }

    public void setItemLabelGenerator(SerializableFunction<T, String> itemLabel) {
        this.itemLabel = Objects.requireNonNull(itemLabel);
        optionsChanged = true;
        scheduleSync();
    }

    /** The option value of each item, unique within the field. Defaults to {@code String.valueOf(item)}. */
    public void setItemKeyGenerator(SerializableFunction<T, String> itemKey) {
        this.itemKey = Objects.requireNonNull(itemKey);
        optionsChanged = true;
        scheduleSync();
    }

    /** Adds a first option meaning "no value", with this text (for example "Any"); {@code null} removes it. */
    public void setEmptySelectionCaption(String caption) {
        this.emptyCaption = caption;
        optionsChanged = true;
        scheduleSync();
    }

    /** The options as the browser shows them, as [option value, text] pairs. */
    public List<String[]> getOptions() {
        ArrayList<String[]> out = new ArrayList<>();
        if (emptyCaption != null) {
            out.add(new String[] {"", emptyCaption});
        }
        items.forEach(i -> out.add(new String[] {itemKey.apply(i), itemLabel.apply(i)}));
        return out;
    }

    @Override
    protected void setPresentationValue(T value) {
        scheduleSync();
    }

    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        select.setAttribute("disabled", !enabled);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        syncScheduled = false;
        optionsChanged = true;
        scheduleSync();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        syncScheduled = false;
    }

    /** One JavaScript call per response at most, however many changes came before it. */
    private void scheduleSync() {
        if (syncScheduled || !isAttached()) {
            return;
        }
        syncScheduled = true;
        getUI().orElseThrow().beforeClientResponse(this, context -> {
            syncScheduled = false;
            ArrayNode options = null;
            if (optionsChanged) {
                options = JacksonUtils.createArrayNode();
                for (String[] o : getOptions()) {
                    options.addArray().add(o[0]).add(o[1]);
                }
                optionsChanged = false;
            }
            T value = getValue();
            select.executeJs(SYNC, options, value == null ? "" : itemKey.apply(value));
        });
    }
}
