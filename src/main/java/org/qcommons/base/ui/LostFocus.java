package org.qcommons.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * WCAG 2.4.3: when a view swaps out the control that had focus (a step button that no longer applies, a button
 * that navigated away, a confirmation whose opener is gone), the browser drops focus to the page itself and the
 * next Tab leaves the page. This puts focus at the start of the view instead, as the skip link does, so the next
 * Tab lands on the view's first control. Focus that is still on a live control is left where it is, so a change
 * pushed by someone else never moves it.
 */
public final class LostFocus {

    private static final String MOVE_TO_VIEW = """
            const deepActive = () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a;
            };
            const lost = a => {
              if (!a || a === document.body || !a.isConnected) return true;
              for (let e = a; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                if (e.matches && e.matches('vaadin-dialog, vaadin-confirm-dialog')) return !e.opened;
              }
              return false;
            };
            const toView = () => {
              const view = document.querySelector('vaadin-app-layout > :not([slot])');
              if (!view) return;
              view.setAttribute('tabindex', '-1');
              view.classList.add('skip-target');
              view.focus({preventScroll: true});
            };
            const a = deepActive();
            if (lost(a)) { toView(); return; }
            // A grid re-renders its cells' components in a later update and moves the focused control, which
            // drops focus to the page a moment later; the user moving on to something else ends the watch.
            const onOut = e => {
              stop();
              if (!e.relatedTarget) setTimeout(() => { if (lost(deepActive())) toView(); });
            };
            const stop = () => document.removeEventListener('focusout', onOut, true);
            document.addEventListener('focusout', onOut, true);
            setTimeout(stop, 5000);""";

    /**
     * A select's list gives focus back to the select when it closes, but on a page rebuilt a moment before (a pair
     * just accepted) the browser now and then leaves it on the page instead, and the next Tab starts the page again.
     * After the list closes, focus that is nowhere goes back to the select; focus the user has moved on is left.
     */
    private static final String BACK_TO_SELECT = """
            if (this.__qcKeepsFocus) return;
            this.__qcKeepsFocus = true;
            this.addEventListener('opened-changed', e => {
              if (e.detail.value) return;
              const nowhere = () => !document.activeElement || document.activeElement === document.body;
              requestAnimationFrame(() => { if (nowhere() && this.isConnected) this.focus(); });
            });""";

    private LostFocus() {}

    /** Keeps focus on the select when its list closes (see {@link #BACK_TO_SELECT}). */
    public static void keepOnSelect(Select<?> select) {
        select.addAttachListener(e -> select.getElement().executeJs(BACK_TO_SELECT));
    }

    /** Runs after this round trip's changes reach the browser, so it sees whether they removed the focused control. */
    public static void moveToView(UI ui) {
        ui.getPage().executeJs(MOVE_TO_VIEW);
    }

    public static void moveToView() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            moveToView(ui);
        }
    }
}
