package org.qcommons.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address, inside the usual header and navigation so that the way on is where it always is. */
@PageTitle("Page not found | Q Commons")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addNotFound(this);
    }

    /** Also the words for a page the viewer may not open: "not found" rather than "forbidden" leaks nothing. */
    static void addNotFound(VerticalLayout into) {
        into.add(
                new H2("Page not found"),
                new Paragraph("If you typed the web address, check it is correct. If you followed a link, the item"
                        + " may have been archived or made private, or you may need to sign in."),
                new Anchor("", "Go to the Q Commons home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
