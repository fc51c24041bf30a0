package org.qcommons.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.qcommons.base.ui.UserMessages;

/** Any exception while opening a page lands here: a message and an error id, the stack trace only in the log. */
@PageTitle("Something went wrong | Q Commons")
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final Paragraph message = new Paragraph();

    public InternalErrorView() {
        add(new H2("Sorry, something went wrong"), message, new Anchor("", "Go to the Q Commons home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(UserMessages.describe(parameter.getCaughtException()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
