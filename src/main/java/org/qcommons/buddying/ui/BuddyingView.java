package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOffer;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.BuddyService;
import org.qcommons.buddying.PairRole;
import org.qcommons.buddying.RequestStatus;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.skills.Skill;

/**
 * My buddying: my request (offered prominently to newcomers and patients), my offer, and my pairs on both sides.
 */
@Route("buddying")
@PageTitle("Buddying | Q Commons")
@Menu(order = 40, icon = "vaadin:handshake", title = "Buddying")
@PermitAll
public class BuddyingView extends VerticalLayout {

    final Grid<BuddyPair> pairsGrid = new Grid<>();
    Button askForBuddy;
    private final BuddyService buddying;
    private final BuddyPairService pairs;
    private final Member me;
    private final Clock clock;

    public BuddyingView(BuddyService buddying, BuddyPairService pairs, MemberService members, Clock clock) {
        this.buddying = buddying;
        this.pairs = pairs;
        this.clock = clock;
        this.me = members.me();
        setMaxWidth("64rem");
        pairsGrid
                .addColumn(p -> p.other(me.getId()).getFullName())
                .setHeader("With")
                .setAutoWidth(true)
                .setKey("with");
        pairsGrid.addColumn(this::role).setHeader("Role").setAutoWidth(true);
        pairsGrid
                .addColumn(p -> p.getStatus().label())
                .setHeader("Status")
                .setAutoWidth(true)
                .setKey("status");
        pairsGrid
                .addColumn(p -> p.getLastCheckInOn() == null ? "" : PairView.DAY.format(p.getLastCheckInOn()))
                .setHeader("Last check-in")
                .setAutoWidth(true);
        pairsGrid.addComponentColumn(this::openButton).setKey("open").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                pairsGrid,
                "Pair",
                p -> PhoneGrids.card(
                        openButton(p),
                        p.other(me.getId()).getFullName(),
                        role(p) + " · " + p.getStatus().label(),
                        p.getLastCheckInOn() == null
                                ? ""
                                : "Last check-in " + PairView.DAY.format(p.getLastCheckInOn())));
        pairsGrid.setAllRowsVisible(true);
        pairsGrid.setEmptyStateText("No buddy pairs yet.");
        render();
    }

    private String role(BuddyPair p) {
        return pairs.roleIn(p) == PairRole.BUDDY ? "You are the buddy" : "Your buddy";
    }

    private Button openButton(BuddyPair p) {
        Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(PairView.class, p.getId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.getElement()
                .setAttribute(
                        "aria-label",
                        "Open the pair with " + p.other(me.getId()).getFullName());
        return open;
    }

    private void render() {
        removeAll();
        add(new H2("Buddying"));
        add(
                new Paragraph(
                        "The buddying scheme pairs people with less QI experience, frontline staff and patients "
                                + "joining Q with experienced members, who meet them now and then to help with their improvement work."));
        Optional<BuddyRequest> request = buddying.myOpenRequest();
        boolean invited = BuddyService.invitedToRequest(me, LocalDate.now(clock));
        if (request.isEmpty()) {
            askForBuddy = new Button("Ask for a buddy", e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class)));
            if (invited) {
                askForBuddy.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                Div callout = new Div(
                        new H3(me.isPatientOrCarer() ? "Joining Q as a patient or carer?" : "New to Q?"),
                        new Paragraph(
                                "An experienced member can help you find your feet: "
                                        + "choosing a project, measuring it and meeting the people working on the same things."),
                        askForBuddy);
                callout.addClassName("buddy-callout");
                callout.setId("buddy-callout");
                add(callout);
            }
        } else {
            add(requestPanel(request.get()));
        }

        add(new H3("Your buddy pairs"));
        pairsGrid.setItems(pairs.myPairs());
        add(pairsGrid);

        add(offerPanel(buddying.myOffer()));
        if (request.isEmpty() && !invited) {
            add(new Paragraph("Would a buddy help you too? Anyone can ask."), askForBuddy);
        }
        if (CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR)) {
            add(
                    new H3("Running the scheme"),
                    new HorizontalLayout(
                            new Button("Overview", e -> getUI().ifPresent(ui -> ui.navigate(BuddyOverviewView.class))),
                            new Button(
                                    "Cohort match", e -> getUI().ifPresent(ui -> ui.navigate(CohortMatchView.class)))));
        }
    }

    private VerticalLayout requestPanel(BuddyRequest r) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3("Your request for a buddy"));
        String skills = r.getSkills().stream().map(Skill::getName).sorted().collect(Collectors.joining(", "));
        panel.add(new Paragraph(r.getStatus().label() + " for " + r.daysWaiting(clock.instant()) + " days. "
                + (skills.isEmpty() ? "" : "Skills: " + skills + ".")));
        panel.add(new Paragraph(r.getGoals()));
        HorizontalLayout buttons = new HorizontalLayout();
        if (r.getStatus() == RequestStatus.WAITING) {
            Button suggestions = new Button(
                    "See suggested buddies",
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            SuggestionsView.class, new RouteParameters("requestId", String.valueOf(r.getId())))));
            suggestions.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button withdraw = new Button("Withdraw request", e -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        "Withdraw your request?",
                        "You leave the queue. You can ask again at any time.",
                        "Withdraw",
                        ok -> {
                            try {
                                buddying.withdrawRequest(r.getId());
                                UserMessages.showSuccess("Request withdrawn");
                            } catch (RuntimeException ex) {
                                UserMessages.showError(ex);
                            }
                            render();
                        });
                confirm.setConfirmButtonTheme("error primary");
                confirm.setCancelable(true);
                confirm.open();
            });
            buttons.add(suggestions, withdraw);
        }
        buttons.add(new Button("Change request", e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class))));
        panel.add(buttons);
        return panel;
    }

    private VerticalLayout offerPanel(Optional<BuddyOffer> offer) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3("Being a buddy"));
        if (offer.isEmpty()) {
            panel.add(
                    new Paragraph("Experienced in QI? Offer to buddy a newcomer. You choose how many at once."),
                    new Button("Offer to be a buddy", e -> getUI().ifPresent(ui -> ui.navigate(OfferView.class))));
            return panel;
        }
        BuddyOffer o = offer.get();
        long inUse = pairs.myPairs().stream()
                .filter(p ->
                        p.getBuddy().getId().equals(me.getId()) && p.getStatus().holdsAPlace())
                .count();
        panel.add(new Paragraph((o.isActive() ? "You offer to buddy up to " : "Your offer is paused (up to ")
                + o.getCapacity() + (o.isActive() ? " people" : " people)") + "; " + inUse + " place"
                + (inUse == 1 ? "" : "s") + " in use. Meeting: "
                + o.getModes().stream().map(BuddyMode::label).sorted().collect(Collectors.joining(", "))
                + ". Skills: "
                + o.getSkills().stream().map(Skill::getName).sorted().collect(Collectors.joining(", "))
                + "."));
        panel.add(new Button("Change offer", e -> getUI().ifPresent(ui -> ui.navigate(OfferView.class))));
        return panel;
    }
}
