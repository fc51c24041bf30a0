package org.qcommons.app.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in viewer may not open looks and answers exactly like one that does not exist (404), inside the
 * layout, so that neither the page nor the record behind an address is revealed (issue 24).
 */
@PageTitle("Page not found | Q Commons")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public RefusedView() {
        NotFoundView.addNotFound(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
