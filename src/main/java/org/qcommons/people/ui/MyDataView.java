package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.PersonalDataService;

/** GDPR: download everything held about you as JSON, or erase your account. ADMINs reach it with a member id. */
@Route("profile/data")
@PageTitle("My data | Q Commons")
@PermitAll
public class MyDataView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PersonalDataService personalData;
    private final AuthenticationContext authentication;
    final Anchor download = new Anchor();
    final Button erase = new Button("Erase my account and personal data");
    private Long memberId;

    public MyDataView(PersonalDataService personalData, AuthenticationContext authentication) {
        this.personalData = personalData;
        this.authentication = authentication;
        setMaxWidth("48rem");
        download.setText("Download my data (JSON)");
        download.setTarget(AnchorTarget.BLANK);
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> confirmErase());
        add(
                new H2("My data"),
                new Paragraph("You can download everything Q Commons holds about you: your profile, skills, "
                        + "projects, exchanges, buddying, meetings and sign-in history."),
                download,
                new H3("Erase my account"),
                new Paragraph("Your profile, skills and sign-in details are removed. Shared records such as "
                        + "projects and minutes stay, attributed to \"Former member\". This cannot be undone."),
                erase);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        Long me = CurrentUser.memberId().orElseThrow();
        memberId = id == null || !CurrentUser.isAdmin() ? me : id;
        download.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] json = personalData.exportJson(memberId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(json), "qcommons-my-data.json", "application/json", json.length);
        }));
        if (!memberId.equals(me)) {
            erase.setText("Erase this member's account and personal data");
        }
    }

    private void confirmErase() {
        TextField confirmation = new TextField("Type ERASE to confirm");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Erase the account and personal data?");
        dialog.add(new Paragraph("This cannot be undone."), confirmation);
        dialog.setCancelable(true);
        dialog.setConfirmText("Erase");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (!"ERASE".equals(confirmation.getValue().trim())) {
                UserMessages.showError(new BusinessException("Type ERASE to confirm. Nothing was erased."));
                return;
            }
            try {
                boolean self = CurrentUser.memberId().filter(memberId::equals).isPresent();
                personalData.erase(memberId);
                if (self) {
                    authentication.logout();
                } else {
                    UserMessages.showSuccess("Personal data erased");
                }
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        dialog.open();
    }
}
