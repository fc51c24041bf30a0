package org.qcommons.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Errors thrown from listeners become a friendly notification, never a stack trace on the page. */
@Component
class ErrorHandlingInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(errorEvent -> {
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> UserMessages.showError(errorEvent.getThrowable()));
                    } else {
                        UserMessages.describe(errorEvent.getThrowable());
                    }
                }));
    }
}
