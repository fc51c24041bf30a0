package org.qcommons.base.ui;

import com.vaadin.flow.component.UI;

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

    private LostFocus() {}

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
