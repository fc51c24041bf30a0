package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernSubject;
import org.qcommons.projects.ui.ProjectPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** "Raise a concern about this project entry" on a project's page, for signed-in members. */
@Service
@Order(90)
class ConcernOnProject implements ProjectPageSection {

    private final ConcernService concerns;

    ConcernOnProject(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    public Component create(Long projectId, boolean viewerCanEdit) {
        Button b = new Button(
                t("concern.project.button"),
                VaadinIcon.FLAG_O.create(),
                e -> new RaiseConcernDialog(concerns, ConcernSubject.PROJECT, projectId, t("concern.project.about"))
                        .open());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
