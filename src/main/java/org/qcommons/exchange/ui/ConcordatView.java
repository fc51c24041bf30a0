package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ConcordatService;
import org.qcommons.exchange.Signatory;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;

/** The concordat's text and who has signed it, by STP. Public, because signing is a public commitment. */
@Route("concordat")
@PageTitle("The concordat | Q Commons")
@Menu(order = 30, icon = "vaadin:handshake", title = "Concordat")
@AnonymousAllowed
public class ConcordatView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    final Button sign = new Button();
    final Div signatories = new Div();
    private final ConcordatService concordat;
    private final OrganisationService organisations;
    private final Clock clock;
    private ConcordatAdminPanel adminPanel;

    public ConcordatView(ConcordatService concordat, OrganisationService organisations, Clock clock) {
        this.concordat = concordat;
        this.organisations = organisations;
        this.clock = clock;
        setMaxWidth("60rem");
        Paragraph text = new Paragraph(ConcordatService.CONCORDAT_TEXT);
        text.addClassName("concordat-text");
        add(new H2("The concordat"), text);
        if (CurrentUser.has(Role.ORG_COORDINATOR)) {
            concordat.myOrganisation().ifPresent(org -> {
                sign.addClickListener(e -> openSignature());
                add(sign);
            });
        }
        if (CurrentUser.isAdmin()) {
            adminPanel = new ConcordatAdminPanel(concordat, organisations, LocalDate.now(clock), this::render);
            add(adminPanel);
        }
        add(new H3("Signatories by STP"), signatories);
        if (!CurrentUser.isSignedIn()) {
            add(new Paragraph(
                    new Anchor("login", "Sign in"),
                    new Span(" as your organisation's coordinator to sign, or to ask for expertise.")));
        }
        render();
    }

    private void openSignature() {
        try {
            new SignatoryDialog(
                            concordat.draftForMyOrganisation(),
                            concordat,
                            organisations,
                            LocalDate.now(clock),
                            this::render)
                    .open();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    void render() {
        if (CurrentUser.has(Role.ORG_COORDINATOR)) {
            concordat.myOrganisation().ifPresent(org -> {
                boolean signed = concordat.isSignatory(org.getId());
                sign.setText(signed ? "Amend " + org.getName() + "'s signature" : "Sign for " + org.getName());
                sign.removeThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_PRIMARY);
                sign.addThemeVariants(signed ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            });
        }
        signatories.removeAll();
        Map<Stp, List<Signatory>> byStp = concordat.signatoriesByStp();
        if (byStp.isEmpty()) {
            signatories.add(new Paragraph("No organisation has signed yet."));
            return;
        }
        signatories.add(new Paragraph(concordat.signatories().size() + " organisations have signed."));
        byStp.forEach((stp, list) -> {
            UnorderedList ul = new UnorderedList();
            for (Signatory s : list) {
                ListItem li = new ListItem(
                        new Anchor(
                                "organisations/" + s.getOrganisation().getId(),
                                s.getOrganisation().getName()),
                        new Span(" · signed " + DATE.format(s.getSignedOn()) + " by " + s.getSignedByName() + ", "
                                + s.getSignedByRole()
                                + (s.getLendingCapDays() == null
                                        ? ""
                                        : " · lends up to " + s.getLendingCapDays() + " days a quarter")));
                List<String> coordinators =
                        concordat.coordinatorsOf(s.getOrganisation().getId());
                li.add(new Span(
                        coordinators.isEmpty()
                                ? " · no coordinator named yet"
                                : " · coordinators: " + String.join("; ", coordinators)));
                if (adminPanel != null) {
                    li.add(new Span(" "), adminPanel.endButton(s));
                }
                ul.add(li);
            }
            signatories.add(new H4(stp.getName() + " (" + stp.getRegion().getName() + ")"), ul);
        });
    }
}
