package org.qcommons.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one place that sets the interface's locale: every UI is en-GB, whatever the browser asks for, so that every
 * date picker reads 05/11/2026 as 5 November, every time picker shows 24-hour times and numbers use UK separators.
 * Components take their locale from the UI unless given one, so new fields are right without remembering to be.
 * The time zone for display is {@link org.qcommons.base.config.DisplayZone}, set from {@code qcommons.time-zone}.
 */
@Component
class UkFormats implements VaadinServiceInitListener {

    static final Locale LOCALE = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(LOCALE));
    }
}
